/* atlas-language.h: the language the app's texts are in, switched safely
 * while profiles load in worker threads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  atlas_language_set           (const char *language);
void  atlas_language_hold          (void);
void  atlas_language_release       (void);
guint atlas_language_get_n_holders (void);

G_END_DECLS
