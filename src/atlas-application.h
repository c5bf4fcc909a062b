/* atlas-application.h: the application: command line, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-context.h"

G_BEGIN_DECLS

/* Exit codes of --validate, documented in --help */
#define ATLAS_EXIT_VALID   0
#define ATLAS_EXIT_INVALID 1
#define ATLAS_EXIT_USAGE   2

#define ATLAS_TYPE_APPLICATION (atlas_application_get_type ())

G_DECLARE_FINAL_TYPE (AtlasApplication, atlas_application, ATLAS, APPLICATION, AdwApplication)

AtlasApplication *atlas_application_new         (void);
AtlasContext     *atlas_application_get_context (AtlasApplication *self);

G_END_DECLS
