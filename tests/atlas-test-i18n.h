/* atlas-test-i18n.h: the app's translations, for every test program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void atlas_test_bind_catalogue (void);

G_END_DECLS
