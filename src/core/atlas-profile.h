/* atlas-profile.h: a country profile, loaded from a JSON file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-enums.h"
#include "atlas-helpline.h"
#include "atlas-limits.h"
#include "atlas-note.h"

G_BEGIN_DECLS

/* The largest profile file the loader reads, and the deepest nesting of
 * arrays and objects it accepts (atlas-limits.h) */
#define ATLAS_PROFILE_MAX_SIZE ATLAS_LIMIT_FILE_BYTES
#define ATLAS_PROFILE_MAX_DEPTH ATLAS_LIMIT_DEPTH

/* The newest version of the format this app knows. */
#define ATLAS_PROFILE_FORMAT_VERSION 1

#define ATLAS_PROFILE_ERROR (atlas_profile_error_quark ())

typedef enum {
  ATLAS_PROFILE_ERROR_EMPTY,
  ATLAS_PROFILE_ERROR_TOO_LARGE,
  ATLAS_PROFILE_ERROR_ENCODING,
  ATLAS_PROFILE_ERROR_TOO_DEEP,
  ATLAS_PROFILE_ERROR_SYNTAX,
  ATLAS_PROFILE_ERROR_INVALID,
} AtlasProfileError;

#define ATLAS_TYPE_PROFILE (atlas_profile_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProfile, atlas_profile, ATLAS, PROFILE, GObject)

/* What atlas_profile_load_file_finish() gives, whether the file loaded or
 * not: the file, and the profile or the error with every problem found */
typedef struct {
  GFile        *file;
  AtlasProfile *profile;   /* NULL when it could not be loaded */
  GPtrArray    *problems;  /* AtlasProblem; empty when it loaded */
  GError       *error;     /* NULL when it loaded */
} AtlasProfileLoad;

GQuark         atlas_profile_error_quark                  (void);

AtlasProfile  *atlas_profile_new_from_bytes               (GBytes        *bytes,
                                                           GPtrArray    **problems,
                                                           GError       **error);
AtlasProfile  *atlas_profile_new_from_file                (GFile         *file,
                                                           GCancellable  *cancellable,
                                                           GPtrArray    **problems,
                                                           GError       **error);
AtlasProfile  *atlas_profile_new_from_resource            (const char    *path,
                                                           GError       **error);
AtlasProfile  *atlas_profile_new_from_uri                 (const char    *uri,
                                                           GPtrArray    **problems,
                                                           GError       **error);
GStrv          atlas_profile_list_resources               (const char    *directory);
const char    *atlas_profile_translation_language         (void);
void           atlas_profile_load_file_async              (GFile               *file,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
AtlasProfileLoad *atlas_profile_load_file_finish          (GAsyncResult  *result);
void           atlas_profile_load_free                    (AtlasProfileLoad *load);

int            atlas_profile_get_format_version           (AtlasProfile  *self);
const char    *atlas_profile_get_country_code             (AtlasProfile  *self);
const char    *atlas_profile_get_country_name             (AtlasProfile  *self);
int            atlas_profile_get_edition_year             (AtlasProfile  *self);
const char    *atlas_profile_get_edition_title            (AtlasProfile  *self);
const char    *atlas_profile_get_edition_publisher        (AtlasProfile  *self);
const char    *atlas_profile_get_edition_note             (AtlasProfile  *self);
AtlasHelpline *atlas_profile_get_helpline                 (AtlasProfile  *self);
const char    *atlas_profile_get_statistics_note          (AtlasProfile  *self);
const char    *atlas_profile_get_law_enforcement_agency   (AtlasProfile  *self);
const char    *atlas_profile_get_law_enforcement_description (AtlasProfile *self);
const char    *atlas_profile_get_legislation_intro        (AtlasProfile  *self);
const char    *atlas_profile_get_language                 (AtlasProfile  *self);
gboolean       atlas_profile_is_untranslated              (AtlasProfile  *self,
                                                           gconstpointer  what);
guint          atlas_profile_get_n_untranslated           (AtlasProfile  *self);
void           atlas_profile_retranslate                  (AtlasProfile  *self);

GListModel    *atlas_profile_get_statistics               (AtlasProfile  *self);
GListModel    *atlas_profile_get_education                (AtlasProfile  *self);
GListModel    *atlas_profile_get_police_units             (AtlasProfile  *self);
GListModel    *atlas_profile_get_organizations            (AtlasProfile  *self);
GListModel    *atlas_profile_get_research                 (AtlasProfile  *self);
GListModel    *atlas_profile_get_legislation              (AtlasProfile  *self);
GListModel    *atlas_profile_get_timeline                 (AtlasProfile  *self);
GListModel    *atlas_profile_get_events                   (AtlasProfile  *self);
GListModel    *atlas_profile_get_section_model            (AtlasProfile  *self,
                                                           AtlasSection   section);
GListModel    *atlas_profile_get_section_notes            (AtlasProfile  *self,
                                                           AtlasSection   section);
guint          atlas_profile_get_n_notes                  (AtlasProfile  *self);
AtlasNote     *atlas_profile_get_newest_note              (AtlasProfile  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasProfileLoad, atlas_profile_load_free)

G_END_DECLS
