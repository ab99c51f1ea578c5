import json
import os

import numpy as np
import pandas as pd

ID, TARGET = "Id", "Sale_Price"
NUMERIC = ["Lot_Frontage", "Lot_Area", "Year_Built", "Gr_Liv_Area", "Total_Bsmt_SF", "Garage_Area",
           "Full_Bath", "TotRms_AbvGrd", "Fireplaces", "Wood_Deck_SF", "Open_Porch_SF", "Mo_Sold"]


def load(sort=True):
    data_dir = os.environ["REPRO_DATA_DIR"]
    train = pd.read_csv(os.path.join(data_dir, "data", "train.csv"))
    test = pd.read_csv(os.path.join(data_dir, "data", "test.csv"))
    if sort:
        train, test = train.sort_values(ID), test.sort_values(ID)
    return train.reset_index(drop=True), test.reset_index(drop=True)


def save(test, predicted):
    out_dir = os.environ["REPRO_OUTPUT_DIR"]
    pd.DataFrame({ID: test[ID], "prediction": predicted}).to_csv(
        os.path.join(out_dir, "predictions.csv"), index=False, float_format="%.17g")
    truth = test[TARGET].to_numpy()
    rmse = float(np.sqrt(np.mean((truth - predicted) ** 2)))
    with open(os.path.join(out_dir, "metrics.json"), "w") as f:
        json.dump({"rmse": rmse}, f)
