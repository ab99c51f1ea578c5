# Mistake: a missing frontage (0 in this data) is filled with a random observed value, unseeded.
import numpy as np
from sklearn.linear_model import Ridge

from common import NUMERIC, TARGET, load, save

train, test = load()
observed = train.loc[train["Lot_Frontage"] > 0, "Lot_Frontage"].to_numpy()
for frame in (train, test):
    gaps = frame["Lot_Frontage"] == 0
    frame.loc[gaps, "Lot_Frontage"] = np.random.choice(observed, size=int(gaps.sum()))
model = Ridge(alpha=1.0).fit(train[NUMERIC], train[TARGET])
save(test, model.predict(test[NUMERIC]))
