"""Messages to families: templates with placeholders, rendered in Hebrew, sent by WhatsApp or e-mail (plan §6.1–6.2)."""
