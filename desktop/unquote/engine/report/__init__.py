"""The comparison as reports: one HTML page (also the PDF's source) or plain text."""
from .html import render_html
from .text import render_text

__all__ = ["render_html", "render_text"]
