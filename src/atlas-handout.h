/* atlas-handout.h: a section or the whole profile on A4 paper, or in a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-context.h"
#include "atlas-profile.h"

G_BEGIN_DECLS

void atlas_handout_print      (GtkWindow     *parent,
                               AtlasContext  *context,
                               AtlasProfile  *profile,
                               int            section);
int  atlas_handout_export_pdf (AtlasContext  *context,
                               AtlasProfile  *profile,
                               int            section,
                               const char    *path,
                               GError       **error);

G_END_DECLS
