/* atlas-json-strict.h: what JSON allows, checked before json-glib reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  ATLAS_JSON_STRICT_OK,
  ATLAS_JSON_STRICT_NOT_JSON,  /* something JSON does not allow */
  ATLAS_JSON_STRICT_TOO_DEEP,
} AtlasJsonStrict;

AtlasJsonStrict atlas_json_check_strict (const char  *data,
                                         gsize        len,
                                         guint        max_depth,
                                         gsize       *offset,
                                         char       **message);

G_END_DECLS
