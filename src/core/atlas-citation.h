/* atlas-citation.h: references to publications: APA text, BibTeX, RIS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-publication.h"

G_BEGIN_DECLS

char *atlas_citation_format_apa    (AtlasPublication *publication);
char *atlas_citation_format_bibtex (GListModel       *publications);
char *atlas_citation_format_ris    (GListModel       *publications);
char *atlas_citation_family_name   (const char       *author);

G_END_DECLS
