/* atlas-json-reader.h: typed reading of a JSON tree, collecting problems
 *
 * Private to the profile loader (atlas-profile-parser.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum {
  ATLAS_JSON_OPTIONAL,
  ATLAS_JSON_REQUIRED,
} AtlasJsonNeed;

/* Every getter that finds a missing or wrong value adds a problem with the
 * value's JSON path ("research[3].year") and returns NULL, FALSE or 0:
 * the walk goes on, so that one pass reports every problem. */
typedef struct {
  GPtrArray  *problems;   /* AtlasProblem, up to a limit */
  guint       n_problems; /* including those not kept */
  GHashTable *ids;        /* id -> path of its first use */
} AtlasJsonReader;

void         atlas_json_reader_init    (AtlasJsonReader *r,
                                        GPtrArray       *problems);
void         atlas_json_reader_clear   (AtlasJsonReader *r);

char        *atlas_json_join_path      (const char      *parent,
                                        const char      *key);
char        *atlas_json_index_path     (const char      *parent,
                                        guint            index);

void         atlas_json_add_problem    (AtlasJsonReader *r,
                                        const char      *parent,
                                        const char      *key,
                                        const char      *format,
                                        ...) G_GNUC_PRINTF (4, 5);
void         atlas_json_wrong_type     (AtlasJsonReader *r,
                                        const char      *parent,
                                        const char      *key,
                                        const char      *expected,
                                        JsonNode        *node);

const char  *atlas_json_get_string     (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        const char      *key,
                                        AtlasJsonNeed    need);
gboolean     atlas_json_get_int        (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        const char      *key,
                                        AtlasJsonNeed    need,
                                        int              min,
                                        int              max,
                                        int             *out);
gboolean     atlas_json_get_year       (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        const char      *key,
                                        AtlasJsonNeed    need,
                                        int             *out);
gboolean     atlas_json_get_year_range (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        int             *year,
                                        int             *end_year);
gboolean     atlas_json_get_date       (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        const char      *key,
                                        AtlasJsonNeed    need,
                                        int             *year,
                                        int             *month,
                                        int             *day);
gboolean     atlas_json_get_number     (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        const char      *key,
                                        double          *out);
gboolean     atlas_json_get_bool       (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        const char      *key,
                                        gboolean        *out);
const char  *atlas_json_get_url        (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        const char      *key);
const char  *atlas_json_get_id         (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent);
gboolean     atlas_json_get_enum       (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        const char      *key,
                                        GType            enum_type,
                                        int             *out);
JsonObject  *atlas_json_get_object     (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        const char      *key,
                                        AtlasJsonNeed    need);
JsonArray   *atlas_json_get_array      (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        const char      *key,
                                        AtlasJsonNeed    need);
const char  *atlas_json_node_get_string (AtlasJsonReader *r,
                                        JsonNode        *node,
                                        const char      *path,
                                        const char      *expected);
char       **atlas_json_get_strv       (AtlasJsonReader *r,
                                        JsonObject      *object,
                                        const char      *parent,
                                        const char      *key,
                                        AtlasJsonNeed    need,
                                        gboolean        *ok);

/* Reads one object of an array (at @path); %NULL when it has problems */
typedef gpointer (*AtlasJsonParseFunc) (gpointer    user_data,
                                        JsonObject *object,
                                        const char *path);

GPtrArray   *atlas_json_get_object_array (AtlasJsonReader    *r,
                                          JsonObject         *object,
                                          const char         *parent,
                                          const char         *key,
                                          AtlasJsonNeed       need,
                                          AtlasJsonParseFunc  parse,
                                          gpointer            user_data,
                                          GDestroyNotify      free_func);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AtlasJsonReader, atlas_json_reader_clear)

G_END_DECLS
