/* atlas-text.h: matching text the way a reader expects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *atlas_text_fold    (const char *text);
gboolean  atlas_text_matches (const char *folded_haystack,
                              const char *folded_query);
char     *atlas_text_highlight (const char *text,
                                const char *folded_query);
char     *atlas_text_keep_together (const char *text,
                                    const char *phrase);
char     *atlas_text_ascii_letters (const char *text);
char     *atlas_text_extract (const char *text,
                              guint       max);

G_END_DECLS
