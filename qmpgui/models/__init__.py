"""Item models: QtCore/QtGui only, never QtWidgets."""

from qmpgui.models.vm_list import VmListModel

__all__ = ["VmListModel"]
