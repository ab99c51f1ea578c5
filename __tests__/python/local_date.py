# Mistake: a sale's month is read from a UTC timestamp converted in the machine's local time zone,
# so in a zone ahead of UTC the sales stamped late in the evening move to the next month.
import calendar
import time

from sklearn.linear_model import Ridge

from common import TARGET, load, save

train, test = load()
for frame in (train, test):
    # 23:00 UTC on the last day before the sale month: the 1st of the month east of UTC.
    stamps = [calendar.timegm((int(y), int(m), 1, 0, 0, 0)) - 3600 for y, m in zip(frame["Year_Sold"], frame["Mo_Sold"])]
    frame["Local_Month"] = [time.localtime(s).tm_mon for s in stamps]
features = ["Lot_Area", "Gr_Liv_Area", "Year_Built", "Local_Month"]
model = Ridge(alpha=1.0).fit(train[features], train[TARGET])
save(test, model.predict(test[features]))
