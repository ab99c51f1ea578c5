# Mistake: the feature list comes from a set, so its order follows string hashing (PYTHONHASHSEED);
# the seeded forest then samples other columns at each split.
from sklearn.ensemble import RandomForestRegressor

from common import ID, TARGET, load, save

train, test = load()
features = list(set(train.select_dtypes("number").columns) - {ID, TARGET})
model = RandomForestRegressor(n_estimators=20, max_features=0.3, random_state=0)
model.fit(train[features], train[TARGET])
save(test, model.predict(test[features]))
