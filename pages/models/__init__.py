from .accessibility import AccessibilityStatementPage
from .base import BasePage
from .demo import DemoRecord
from .home import HomePage
from .media import CustomDocument, CustomImage, CustomRendition
from .site_settings import SiteSettings, SocialLink
from .standard import StandardPage
from .taxonomy import Level, Region, Sector, SustainableDevelopmentGoal, Theme
from .tool_elements import MapFactor, ProcessStage
from .tool_page import ToolPage

__all__ = [
    "AccessibilityStatementPage",
    "BasePage",
    "CustomDocument",
    "CustomImage",
    "CustomRendition",
    "DemoRecord",
    "HomePage",
    "Level",
    "MapFactor",
    "ProcessStage",
    "Region",
    "Sector",
    "SiteSettings",
    "SocialLink",
    "StandardPage",
    "SustainableDevelopmentGoal",
    "Theme",
    "ToolPage",
]
