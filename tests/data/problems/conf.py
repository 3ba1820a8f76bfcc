project = "Problems"
