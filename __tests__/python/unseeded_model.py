# Mistake: the forest has no random_state, so every run grows different trees.
from sklearn.ensemble import RandomForestRegressor

from common import NUMERIC, TARGET, load, save

train, test = load()
model = RandomForestRegressor(n_estimators=20, max_features=0.5)
model.fit(train[NUMERIC], train[TARGET])
save(test, model.predict(test[NUMERIC]))
