/* atlas-qr-code.h: a QR code of a text, dark on white
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_QR_CODE (atlas_qr_code_get_type ())

G_DECLARE_FINAL_TYPE (AtlasQrCode, atlas_qr_code, ATLAS, QR_CODE, GtkWidget)

GtkWidget  *atlas_qr_code_new        (const char  *text);
const char *atlas_qr_code_get_text   (AtlasQrCode *self);
void        atlas_qr_code_set_text   (AtlasQrCode *self,
                                      const char  *text);
guint       atlas_qr_code_get_modules (AtlasQrCode *self);

G_END_DECLS
