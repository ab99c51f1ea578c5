"""Reference values from scikit-learn for the built-in engine's parity tests.

Reads the bundled examples' data, fits the scikit-learn counterparts of the engine's steps and
models with the same settings, and prints one JSON document on stdout. The TypeScript test
(__tests__/builtin-parity.int.test.ts) prepares the same matrices and compares.
"""
import json
import sys
import warnings

import numpy as np
import pandas as pd
from sklearn.ensemble import (GradientBoostingClassifier, GradientBoostingRegressor,
                              RandomForestClassifier, RandomForestRegressor)
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Lasso, LinearRegression, LogisticRegression, Ridge
from sklearn.metrics import accuracy_score, mean_squared_error, roc_auc_score
from sklearn.preprocessing import MinMaxScaler, PowerTransformer, RobustScaler, StandardScaler

warnings.filterwarnings("ignore")
root = sys.argv[1]
out = {}

# ---- house prices: numeric columns, log price -------------------------------------------------
house = pd.read_csv(f"{root}/fixtures/house-prices/data/train.csv").sort_values("Id")
house_test = pd.read_csv(f"{root}/fixtures/house-prices/data/test.csv").sort_values("Id")
numeric = [c for c in house.columns if c not in ("Id", "Sale_Price") and house[c].dtype != object]
out["houseColumns"] = numeric
X = house[numeric].to_numpy(dtype=float)
Xt = house_test[numeric].to_numpy(dtype=float)
y = np.log(house["Sale_Price"].to_numpy(dtype=float))
yt = np.log(house_test["Sale_Price"].to_numpy(dtype=float))

standard = StandardScaler().fit(X)
minmax = MinMaxScaler().fit(X)
robust = RobustScaler().fit(X)
out["scalers"] = {
    "standard": {"center": standard.mean_.tolist(), "scale": standard.scale_.tolist()},
    "minmax": {"center": minmax.data_min_.tolist(), "scale": minmax.data_range_.tolist()},
    "robust": {"center": robust.center_.tolist(), "scale": robust.scale_.tolist()},
}
Xs = standard.transform(X)
out["linear"] = {"coef": LinearRegression().fit(Xs, y).coef_.tolist()}
ridge = Ridge(alpha=10.0, solver="cholesky").fit(Xs, y)
out["ridge"] = {"coef": ridge.coef_.tolist(), "intercept": float(ridge.intercept_)}
lasso = Lasso(alpha=0.001).fit(Xs, y)
out["lasso"] = {"coef": lasso.coef_.tolist(), "intercept": float(lasso.intercept_), "iterations": int(lasso.n_iter_)}

skewed = ["Lot_Frontage", "Lot_Area", "Mas_Vnr_Area", "Total_Bsmt_SF", "Gr_Liv_Area", "Garage_Area", "Wood_Deck_SF", "Longitude"]
out["yeoJohnson"] = dict(zip(skewed, PowerTransformer(method="yeo-johnson").fit(house[skewed].to_numpy(dtype=float)).lambdas_.tolist()))
positive = ["Lot_Area", "First_Flr_SF", "Gr_Liv_Area", "TotRms_AbvGrd"]
out["boxCox"] = dict(zip(positive, PowerTransformer(method="box-cox").fit(house[positive].to_numpy(dtype=float)).lambdas_.tolist()))

def rmse(truth, predicted):
    return float(np.sqrt(mean_squared_error(truth, predicted)))

out["houseTrees"] = {
    "random_forest": rmse(yt, RandomForestRegressor(n_estimators=100, random_state=0).fit(X, y).predict(Xt)),
    "gradient_boosting": rmse(yt, GradientBoostingRegressor(random_state=0).fit(X, y).predict(Xt)),
}

# ---- credit: numeric columns with gaps, status "bad" as class 1 --------------------------------
credit = pd.read_csv(f"{root}/fixtures/credit/data/train.csv").sort_values("Id")
credit_test = pd.read_csv(f"{root}/fixtures/credit/data/test.csv").sort_values("Id")
cnum = ["Seniority", "Time", "Age", "Expenses", "Income", "Assets", "Debt", "Amount", "Price"]
out["creditColumns"] = cnum
imputers = {s: SimpleImputer(strategy=s).fit(credit[cnum]) for s in ("mean", "median", "most_frequent")}
out["imputers"] = {s: imp.statistics_.tolist() for s, imp in imputers.items()}
home = SimpleImputer(strategy="most_frequent").fit(credit[["Home", "Job", "Marital"]].astype(object))
out["imputers"]["most_frequent_labels"] = home.statistics_.tolist()

C = imputers["median"].transform(credit[cnum])
Ct = imputers["median"].transform(credit_test[cnum])
cs = StandardScaler().fit(C)
C, Ct = cs.transform(C), cs.transform(Ct)
cy = (credit["Status"] == "bad").to_numpy(dtype=float)
cyt = (credit_test["Status"] == "bad").to_numpy(dtype=float)
# lbfgs stops once an iteration improves the loss by less than 64 machine epsilons (its ftol), a few
# 1e-6 short of the optimum; newton-cholesky minimises the same objective to the end.
exact = LogisticRegression(C=1.0, tol=1e-12, max_iter=10000, solver="newton-cholesky").fit(C, cy)
lbfgs = LogisticRegression(C=1.0).fit(C, cy)
out["logistic"] = {"coef": exact.coef_[0].tolist(), "intercept": float(exact.intercept_[0]),
                   "lbfgsCoef": lbfgs.coef_[0].tolist()}

def classification(model):
    model.fit(C, cy)
    p = model.predict_proba(Ct)[:, 1]
    return {"accuracy": float(accuracy_score(cyt, p > 0.5)), "roc_auc": float(roc_auc_score(cyt, p))}

out["creditTrees"] = {
    "random_forest": classification(RandomForestClassifier(n_estimators=100, random_state=0)),
    "gradient_boosting": classification(GradientBoostingClassifier(random_state=0)),
}

json.dump(out, sys.stdout)
