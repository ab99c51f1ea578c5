# Mistake: the data is read by a path relative to the working folder (as most scripts do), and the
# validation split is taken from the rows in the order they arrive. The shuffled copy must be found
# at data/train.csv, or the row-order run proves nothing.
import json
import os

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import train_test_split

NUMERIC = ["Lot_Area", "Year_Built", "Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area", "Full_Bath"]
train = pd.read_csv("data/train.csv")
test = pd.read_csv("data/test.csv").sort_values("Id")
fit, _ = train_test_split(train, test_size=0.25, random_state=0)
model = GradientBoostingRegressor(n_estimators=40, max_depth=3, random_state=0)
model.fit(fit[NUMERIC], fit["Sale_Price"])
out = os.environ["REPRO_OUTPUT_DIR"]
pd.DataFrame({"Id": test["Id"], "prediction": model.predict(test[NUMERIC])}).to_csv(
    os.path.join(out, "predictions.csv"), index=False, float_format="%.17g")
