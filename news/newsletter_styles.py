"""Inline styles for the newsletter e-mail. E-mail clients drop style sheets, so the e-mail's
templates (the same ones the web version uses) put these in `style` attributes when they are
given `styles`; the web version gets none and is styled by site.css (its CSP allows no inline
styles). The site's colours and system font stack."""

DARK = "#07343c"
PRIMARY = "#0b5563"
ACCENT = "#f5c344"
TEXT = "#1b1b1f"
MUTED = "#4a4a55"
SURFACE = "#f4f2ee"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

BASE = f"font-family: {FONT}; color: {TEXT};"

EMAIL_STYLES = {
    "body": f"margin: 0; padding: 0; background-color: {SURFACE}; {BASE}",
    "outer": (
        f"width: 100%; border-collapse: collapse; border-spacing: 0; background-color: {SURFACE};"
    ),
    "outer_cell": "padding: 16px 8px;",
    "sheet": (
        "width: 100%; max-width: 600px; margin: 0 auto; border-collapse: collapse; "
        "border-spacing: 0; background-color: #ffffff;"
    ),
    "topline": f"padding: 12px 24px; font-family: {FONT}; font-size: 14px; line-height: 1.5;",
    "toplink": f"color: {PRIMARY}; text-decoration: underline;",
    "masthead": (
        f"padding: 20px 24px; background-color: {DARK}; color: #ffffff; "
        f"border-bottom: 4px solid {ACCENT}; font-family: {FONT};"
    ),
    "masthead_text": "margin: 0; font-size: 16px; line-height: 1.4; color: #ffffff;",
    "main": f"padding: 8px 24px 24px; {BASE} font-size: 16px; line-height: 1.6;",
    "h1": f"margin: 16px 0 8px; font-size: 28px; line-height: 1.25; color: {DARK};",
    "date": f"margin: 0 0 16px; font-size: 14px; color: {MUTED};",
    "intro": "margin: 0 0 24px; font-size: 18px; line-height: 1.5;",
    "block": "margin: 0 0 28px;",
    "h2": f"margin: 0 0 8px; font-size: 22px; line-height: 1.3; color: {DARK};",
    "h2_link": f"color: {PRIMARY}; text-decoration: underline;",
    "kicker": f"margin: 0 0 4px; font-size: 13px; font-weight: bold; color: {MUTED};",
    "meta": f"margin: 0 0 8px; font-size: 14px; color: {MUTED};",
    "text": "margin: 0 0 12px; font-size: 16px; line-height: 1.6;",
    "image": "display: block; width: 100%; max-width: 552px; height: auto; margin: 0 0 12px;",
    "cta": f"margin: 0 0 28px; padding: 20px; background-color: {SURFACE};",
    "button": (
        f"display: inline-block; padding: 10px 18px; background-color: {PRIMARY}; "
        "color: #ffffff; font-weight: bold; text-decoration: underline; border-radius: 4px;"
    ),
    "footer": (
        f"padding: 20px 24px; background-color: {DARK}; color: #ffffff; font-family: {FONT}; "
        "font-size: 14px; line-height: 1.5;"
    ),
    "footer_link": "color: #ffffff; text-decoration: underline;",
    "preheader": (
        "display: none; max-height: 0; max-width: 0; overflow: hidden; opacity: 0; "
        "font-size: 1px; line-height: 1px; color: #ffffff;"
    ),
}
