"""Attendance: confirmations, status changes and corrections of lesson participants (plan §5.4)."""
