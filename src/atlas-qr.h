/* atlas-qr.h: a text as a QR code, with libqrencode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Longer texts are refused: a web address fits well under it, and a code
 * with more modules would be too fine to read from the back of a class */
#define ATLAS_QR_MAX_TEXT 256

/* The white margin the standard asks around the code, in modules */
#define ATLAS_QR_QUIET_ZONE 4

#define ATLAS_QR_ERROR (atlas_qr_error_quark ())

typedef enum {
  ATLAS_QR_ERROR_EMPTY,
  ATLAS_QR_ERROR_TOO_LONG,
  ATLAS_QR_ERROR_FAILED,
} AtlasQrError;

typedef struct _AtlasQrMatrix AtlasQrMatrix;

/* @length dark modules from @x to the right on row @y */
typedef void (*AtlasQrRunFunc) (guint    x,
                                guint    y,
                                guint    length,
                                gpointer user_data);

GQuark         atlas_qr_error_quark     (void);

AtlasQrMatrix *atlas_qr_matrix_new      (const char          *text,
                                         GError             **error);
void           atlas_qr_matrix_free     (AtlasQrMatrix       *matrix);
guint          atlas_qr_matrix_get_size (const AtlasQrMatrix *matrix);
gboolean       atlas_qr_matrix_is_dark  (const AtlasQrMatrix *matrix,
                                         guint                x,
                                         guint                y);
guint          atlas_qr_matrix_get_run  (const AtlasQrMatrix *matrix,
                                         guint                x,
                                         guint                y);
void           atlas_qr_matrix_foreach_run (const AtlasQrMatrix *matrix,
                                            AtlasQrRunFunc       func,
                                            gpointer             user_data);

void           atlas_qr_draw            (cairo_t             *cr,
                                         const AtlasQrMatrix *matrix,
                                         double               x,
                                         double               y,
                                         double               size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasQrMatrix, atlas_qr_matrix_free)

G_END_DECLS
