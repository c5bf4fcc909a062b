/* atlas-author.h: reading the name of an author as the profile writes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *family;  /* NULL: a body, or a form we are unsure of: use the text as written */
  char *given;   /* never "" when family is set: "Sonia", "E. J.", "Sonia M." */
} AtlasAuthorName;

void  atlas_author_name_parse      (const char      *author,
                                    gboolean         organization,
                                    AtlasAuthorName *name);
void  atlas_author_name_clear      (AtlasAuthorName *name);
char *atlas_author_family_name     (const char      *author,
                                    gboolean         organization);
void  atlas_author_append_initials (GString         *out,
                                    const char      *given);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AtlasAuthorName, atlas_author_name_clear)

G_END_DECLS
