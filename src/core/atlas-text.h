/* atlas-text.h: matching text the way a reader expects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A word of a query this long, in characters, also matches inside a word
 * of a text; a shorter one only at a word's start */
#define ATLAS_TEXT_INSIDE_WORD 6

char     *atlas_text_fold    (const char *text);
gboolean  atlas_text_matches (const char *folded_haystack,
                              const char *folded_query);
gboolean  atlas_text_matches_inside (const char *word,
                                     gsize       len);
const char *atlas_text_find_word (const char *folded,
                                  gsize       len,
                                  gsize       from,
                                  const char *word,
                                  gsize       word_len);
char     *atlas_text_highlight (const char *text,
                                const char *folded_query);
char     *atlas_text_snippet (const char *text,
                              const char *folded_query,
                              guint       max);
char     *atlas_text_keep_together (const char *text,
                                    const char *phrase);
char     *atlas_text_ascii_letters (const char *text);
char     *atlas_text_extract (const char *text,
                              guint       max);

G_END_DECLS
