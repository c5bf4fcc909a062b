/* atlas-url.h: which addresses the app accepts and opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    atlas_url_check_web   (const char  *url,
                                   const char **reason);
char       *atlas_url_format_host (const char  *url);
char       *atlas_url_format_tooltip (const char *url);
gboolean atlas_url_is_web      (const char *url);
gboolean atlas_url_is_openable (const char *url);
char    *atlas_url_format_short (const char *url);

G_END_DECLS
