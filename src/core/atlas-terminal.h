/* atlas-terminal.h: text from files, made safe to print on a terminal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *atlas_terminal_escape (const char *text);

G_END_DECLS
