# A pipeline in stages, each writing its output: a feature list (sorted, reproducible), then a
# model whose forest has no random_state. The audit must say the randomness enters at the model.
import json
import os

from sklearn.ensemble import RandomForestRegressor

from common import NUMERIC, TARGET, load, save

out = os.environ["REPRO_OUTPUT_DIR"]
train, test = load()
features = sorted(NUMERIC)
with open(os.path.join(out, "features.json"), "w") as f:
    json.dump(features, f)
model = RandomForestRegressor(n_estimators=20, max_features=0.5).fit(train[features], train[TARGET])
with open(os.path.join(out, "model.json"), "w") as f:
    json.dump({"importances": model.feature_importances_.tolist()}, f)
save(test, model.predict(test[features]))
