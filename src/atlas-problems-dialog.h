/* atlas-problems-dialog.h: what is wrong with a file that could not be
 * opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-problem.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PROBLEMS_DIALOG (atlas_problems_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProblemsDialog, atlas_problems_dialog, ATLAS, PROBLEMS_DIALOG, AdwWindow)

GtkWidget  *atlas_problems_dialog_new         (GtkWindow           *parent,
                                               const char          *intro,
                                               const char          *details);
const char *atlas_problems_dialog_get_intro   (AtlasProblemsDialog *self);
const char *atlas_problems_dialog_get_details (AtlasProblemsDialog *self);

const char *atlas_problems_dialog_describe    (AtlasRefusal         refusal);

G_END_DECLS
