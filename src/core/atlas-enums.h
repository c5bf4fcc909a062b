/* atlas-enums.h: the enumerations of the profile format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The sections of a profile, in the order of the sidebar. The nick of each
 * value is its stable name (`--section NAME`, GSettings). */
typedef enum {
  ATLAS_SECTION_OVERVIEW,
  ATLAS_SECTION_EDUCATION,
  ATLAS_SECTION_LAW_ENFORCEMENT,
  ATLAS_SECTION_ORGANIZATIONS,
  ATLAS_SECTION_RESEARCH,
  ATLAS_SECTION_LEGISLATION,
  ATLAS_SECTION_TIMELINE,
} AtlasSection;

#define ATLAS_N_SECTIONS (ATLAS_SECTION_TIMELINE + 1)

typedef enum {
  ATLAS_FIGURE_UNIT_COUNT,
  ATLAS_FIGURE_UNIT_PERCENT,
  ATLAS_FIGURE_UNIT_PER_100,
} AtlasFigureUnit;

typedef enum {
  ATLAS_ORGANIZATION_KIND_NGO,
  ATLAS_ORGANIZATION_KIND_GOVERNMENT,
  ATLAS_ORGANIZATION_KIND_LAW_ENFORCEMENT,
  ATLAS_ORGANIZATION_KIND_INTERNATIONAL_ORGANIZATION,
  ATLAS_ORGANIZATION_KIND_INDUSTRY_ASSOCIATION,
  ATLAS_ORGANIZATION_KIND_EDUCATION_RESOURCE,
  ATLAS_ORGANIZATION_KIND_CAMPAIGN,
} AtlasOrganizationKind;

typedef enum {
  ATLAS_SCOPE_NATIONAL,
  ATLAS_SCOPE_REGIONAL,
  ATLAS_SCOPE_EUROPEAN,
  ATLAS_SCOPE_INTERNATIONAL,
} AtlasScope;

typedef enum {
  ATLAS_LEVEL_NATIONAL,
  ATLAS_LEVEL_REGIONAL,
  ATLAS_LEVEL_DISTRICT,
} AtlasLevel;

typedef enum {
  ATLAS_LEGAL_KIND_INSTRUMENT,
  ATLAS_LEGAL_KIND_JURISDICTION,
  ATLAS_LEGAL_KIND_ARTICLE,
} AtlasLegalKind;

/* What a note beside the edition's text says */
typedef enum {
  ATLAS_NOTE_KIND_UPDATE,      /* the law or fact changed after the edition */
  ATLAS_NOTE_KIND_CORRECTION,  /* the edition itself is wrong */
} AtlasNoteKind;

#define ATLAS_TYPE_SECTION (atlas_section_get_type ())
#define ATLAS_TYPE_FIGURE_UNIT (atlas_figure_unit_get_type ())
#define ATLAS_TYPE_ORGANIZATION_KIND (atlas_organization_kind_get_type ())
#define ATLAS_TYPE_SCOPE (atlas_scope_get_type ())
#define ATLAS_TYPE_LEVEL (atlas_level_get_type ())
#define ATLAS_TYPE_LEGAL_KIND (atlas_legal_kind_get_type ())
#define ATLAS_TYPE_NOTE_KIND (atlas_note_kind_get_type ())

GType        atlas_section_get_type           (void) G_GNUC_CONST;
GType        atlas_figure_unit_get_type       (void) G_GNUC_CONST;
GType        atlas_organization_kind_get_type (void) G_GNUC_CONST;
GType        atlas_scope_get_type             (void) G_GNUC_CONST;
GType        atlas_level_get_type             (void) G_GNUC_CONST;
GType        atlas_legal_kind_get_type        (void) G_GNUC_CONST;
GType        atlas_note_kind_get_type         (void) G_GNUC_CONST;

const char  *atlas_enum_to_nick               (GType        enum_type,
                                               int          value);
gboolean     atlas_enum_from_nick             (GType        enum_type,
                                               const char  *nick,
                                               int         *value);
char        *atlas_enum_list_nicks            (GType        enum_type);

G_END_DECLS
