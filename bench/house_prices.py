"""The house-prices example's pipeline written with pandas and scikit-learn: the reference the
built-in engine is timed against (bench/pipeline.mjs). Same steps, same settings as
fixtures/house-prices/repro.yml: train, evaluate on a 20% holdout, refit, predict test.csv, and
write predictions.csv, metrics.json and the fitted pipeline (joblib) into the output folder.

usage: python3 bench/house_prices.py DATA_DIR OUT_DIR
"""
import json
import os
import sys
import warnings

import joblib
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import Lasso
from sklearn.metrics import mean_absolute_error, mean_squared_error, mean_squared_log_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler, PowerTransformer

warnings.filterwarnings("ignore")
data_dir, out_dir = sys.argv[1], sys.argv[2]
QUALITY = {"Excellent": 5, "Good": 4, "Typical": 3, "Fair": 2, "Poor": 1}
QUALITY_COLUMNS = ["Exter_Cond", "Bsmt_Cond", "Heating_QC", "Garage_Cond", "Pool_QC"]
LOGS = ["Lot_Area", "First_Flr_SF", "Gr_Liv_Area"]
POWER = ["Lot_Frontage", "Total_Bsmt_SF"]
BINARY = ["Enclosed_Porch", "Three_season_porch", "Screen_Porch", "Pool_Area", "Misc_Val"]


def fit(frame, y):
    state = {}
    x = frame.copy()
    x["Lot_Frontage"] = x["Lot_Frontage"].replace(0, np.nan)
    state["frontage"] = x["Lot_Frontage"].median()
    state["indicator"] = bool(x["Lot_Frontage"].isna().any())
    numeric = [c for c in x.columns if x[c].dtype != object]
    state["medians"] = x[numeric].median()
    state["categorical"] = [c for c in x.columns if x[c].dtype == object]
    x = prepare(x, state)
    state["power"] = PowerTransformer(standardize=False).fit(x[POWER])
    x[POWER] = state["power"].transform(x[POWER])
    cats = [c for c in state["categorical"] if c not in QUALITY_COLUMNS]
    state["frequent"] = {c: set(x[c].value_counts(normalize=True).loc[lambda s: s >= 0.01].index) for c in cats}
    for c in cats:
        x[c] = x[c].where(x[c].isin(state["frequent"][c]), "Rare")
    state["codes"] = {}
    for c in cats:
        means = pd.DataFrame({"label": x[c], "y": y}).groupby("label")["y"].mean().reset_index()
        means = means.sort_values(["y", "label"])
        state["codes"][c] = {label: i for i, label in enumerate(means["label"])}
        x[c] = x[c].map(state["codes"][c])
    state["columns"] = list(x.columns)
    state["scaler"] = MinMaxScaler().fit(x)
    xs = state["scaler"].transform(x)
    state["selector"] = SelectFromModel(Lasso(alpha=0.001)).fit(xs, y)
    state["model"] = Lasso(alpha=0.001).fit(state["selector"].transform(xs), y)
    return state


def prepare(x, state):
    x = x.copy()
    x["Lot_Frontage"] = x["Lot_Frontage"].replace(0, np.nan)
    if state["indicator"]:
        x["Lot_Frontage_na"] = x["Lot_Frontage"].isna().astype(float)
    x["Lot_Frontage"] = x["Lot_Frontage"].fillna(state["frontage"])
    x = x.fillna(state["medians"])
    x[state["categorical"]] = x[state["categorical"]].fillna("Missing")
    x["House_Age"] = x["Year_Sold"] - x["Year_Built"]
    x["Years_Since_Remod"] = x["Year_Sold"] - x["Year_Remod_Add"]
    x = x.drop(columns=["Year_Built", "Year_Remod_Add"])
    for c in QUALITY_COLUMNS:
        x[c] = x[c].map(QUALITY).fillna(0)
    x[LOGS] = np.log(x[LOGS])
    x[BINARY] = (x[BINARY] > 0).astype(float)
    x["Garage_Cars"] = x["Garage_Cars"].clip(upper=4)
    return x


def predict(state, frame):
    x = prepare(frame, state)
    x[POWER] = state["power"].transform(x[POWER])
    for c, frequent in state["frequent"].items():
        x[c] = x[c].where(x[c].isin(frequent), "Rare").map(state["codes"][c]).fillna(-1)
    xs = state["scaler"].transform(x[state["columns"]])
    return np.exp(state["model"].predict(state["selector"].transform(xs)))


def metrics(truth, predicted, prefix=""):
    return {
        f"{prefix}rmse": float(np.sqrt(mean_squared_error(truth, predicted))),
        f"{prefix}mae": float(mean_absolute_error(truth, predicted)),
        f"{prefix}r2": float(r2_score(truth, predicted)),
        f"{prefix}rmsle": float(np.sqrt(mean_squared_log_error(truth, predicted))),
    }


train = pd.read_csv(os.path.join(data_dir, "train.csv")).sort_values("Id").reset_index(drop=True)
test = pd.read_csv(os.path.join(data_dir, "test.csv")).sort_values("Id").reset_index(drop=True)
features = train.drop(columns=["Id", "Sale_Price"])
y = np.log(train["Sale_Price"].to_numpy())
fit_x, held_x, fit_y, held_y = train_test_split(features, train["Sale_Price"], test_size=0.2, random_state=20261126)
result = metrics(held_y, predict(fit(fit_x, np.log(fit_y.to_numpy())), held_x), "holdout_")
state = fit(features, y)
predicted = predict(state, test.drop(columns=["Id", "Sale_Price"]))
result.update(metrics(test["Sale_Price"], predicted))
os.makedirs(out_dir, exist_ok=True)
pd.DataFrame({"Id": test["Id"], "prediction": predicted}).to_csv(os.path.join(out_dir, "predictions.csv"), index=False)
with open(os.path.join(out_dir, "metrics.json"), "w") as f:
    json.dump(result, f, indent=2, sort_keys=True)
joblib.dump(state, os.path.join(out_dir, "fitted-pipeline.joblib"))
