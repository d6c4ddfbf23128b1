"""Import every area's models so the metadata is complete (migrations, tests, export)."""

from desktop.db.base import Base
from desktop.domain.accounts import models as accounts
from desktop.domain.applications import models as applications
from desktop.domain.audit import models as audit
from desktop.domain.blobs import models as blobs
from desktop.domain.committee import models as committee
from desktop.domain.decisions import models as decisions
from desktop.domain.inspections import models as inspections
from desktop.domain.institutions import models as institutions
from desktop.domain.issued import models as issued
from desktop.domain.publication import models as publication
from desktop.domain.registry import models as registry
from desktop.domain.registry import status as registry_status
from desktop.domain.reports import models as reports
from desktop.domain.sanctions import models as sanctions
from desktop.domain.scoring import models as scoring
from desktop.domain.screening import models as screening
from desktop.domain.settings import models as settings
from desktop.domain.surveys import models as surveys
from desktop.domain.validity import models as validity

metadata = Base.metadata

__all__ = [
    "accounts", "applications", "audit", "blobs", "committee", "decisions", "inspections",
    "institutions", "issued", "metadata", "publication", "registry", "registry_status", "reports", "sanctions",
    "scoring", "screening", "settings", "surveys", "validity",
]
