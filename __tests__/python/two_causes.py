# Two mistakes at once: a split taken in arrival order (row order) and a feature list taken from a
# set (PYTHONHASHSEED).
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split

from common import ID, TARGET, load, save

train, test = load(sort=False)
fit, _ = train_test_split(train, test_size=0.25, random_state=0)
features = list(set(train.select_dtypes("number").columns) - {ID, TARGET})
model = RandomForestRegressor(n_estimators=20, max_features=0.3, random_state=0)
model.fit(fit[features], fit[TARGET])
save(test.sort_values(ID), model.predict(test.sort_values(ID)[features]))
