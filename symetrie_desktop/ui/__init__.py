"""The Qt app: widgets and views over one in-memory workshop model (``model.WorkshopModel``)."""
