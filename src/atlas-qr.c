/* atlas-qr.c: a text as a QR code, with libqrencode
 *
 * atlas_qr_matrix_new() encodes a text (a web address: the helpline's
 * website) with libqrencode, at error correction level M, into a square of
 * modules; atlas_qr_draw() draws it with cairo as rectangles, black on a
 * white square that includes the quiet zone, whatever the style around it:
 * phones read dark on light. On a PDF surface the rectangles stay vectors.
 * The widget (atlas-qr-code.c) draws the same matrix with GtkSnapshot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-qr"

#include "config.h"

#include <errno.h>
#include <qrencode.h>
#include <string.h>

#include "atlas-qr.h"

struct _AtlasQrMatrix
{
  guint   size;     /* modules per side, without the quiet zone */
  guint8 *modules;  /* size × size, row by row, 1 for dark */
};

G_DEFINE_QUARK (atlas-qr-error-quark, atlas_qr_error)

/**
 * atlas_qr_matrix_new:
 * @text: what the code says: UTF-8, at most %ATLAS_QR_MAX_TEXT bytes
 * @error: set when @text is empty, too long or cannot be encoded
 *
 * Returns: (transfer full) (nullable): the modules of a QR code of @text
 */
AtlasQrMatrix *
atlas_qr_matrix_new (const char  *text,
                     GError     **error)
{
  AtlasQrMatrix *matrix;
  QRcode *code;
  size_t length;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  length = text != NULL ? strlen (text) : 0;
  if (length == 0)
    {
      g_set_error_literal (error, ATLAS_QR_ERROR, ATLAS_QR_ERROR_EMPTY, "Nothing to encode");
      return NULL;
    }
  if (length > ATLAS_QR_MAX_TEXT)
    {
      g_set_error (error, ATLAS_QR_ERROR, ATLAS_QR_ERROR_TOO_LONG,
                   "The text is %zu bytes long, more than %d", length, ATLAS_QR_MAX_TEXT);
      return NULL;
    }
  if (!g_utf8_validate (text, length, NULL))
    {
      g_set_error_literal (error, ATLAS_QR_ERROR, ATLAS_QR_ERROR_FAILED, "The text is not UTF-8");
      return NULL;
    }

  /* Bytes as they are (8-bit mode), the smallest version that holds them */
  code = QRcode_encodeString8bit (text, 0, QR_ECLEVEL_M);
  if (code == NULL)
    {
      int saved = errno;

      g_set_error (error, ATLAS_QR_ERROR, ATLAS_QR_ERROR_FAILED,
                   "libqrencode could not encode the text: %s", g_strerror (saved));
      return NULL;
    }

  matrix = g_new0 (AtlasQrMatrix, 1);
  matrix->size = (guint) code->width;
  matrix->modules = g_new (guint8, matrix->size * matrix->size);
  /* libqrencode's bytes carry flags; the lowest bit is the colour */
  for (guint i = 0; i < matrix->size * matrix->size; i++)
    matrix->modules[i] = code->data[i] & 1;
  QRcode_free (code);

  return matrix;
}

void
atlas_qr_matrix_free (AtlasQrMatrix *matrix)
{
  if (matrix == NULL)
    return;

  g_free (matrix->modules);
  g_free (matrix);
}

/**
 * atlas_qr_matrix_get_size:
 *
 * Returns: the number of modules on a side, without the quiet zone
 */
guint
atlas_qr_matrix_get_size (const AtlasQrMatrix *matrix)
{
  g_return_val_if_fail (matrix != NULL, 0);

  return matrix->size;
}

gboolean
atlas_qr_matrix_is_dark (const AtlasQrMatrix *matrix,
                         guint                x,
                         guint                y)
{
  g_return_val_if_fail (matrix != NULL, FALSE);
  g_return_val_if_fail (x < matrix->size && y < matrix->size, FALSE);

  return matrix->modules[y * matrix->size + x] != 0;
}

/**
 * atlas_qr_matrix_get_run:
 *
 * Returns: how many dark modules follow each other on row @y from @x on
 *   (0 when the module at @x is light): drawn as one rectangle, they leave
 *   no seam between them
 */
guint
atlas_qr_matrix_get_run (const AtlasQrMatrix *matrix,
                         guint                x,
                         guint                y)
{
  guint end = x;

  g_return_val_if_fail (matrix != NULL, 0);
  g_return_val_if_fail (x < matrix->size && y < matrix->size, 0);

  while (end < matrix->size && matrix->modules[y * matrix->size + end])
    end++;

  return end - x;
}

/**
 * atlas_qr_matrix_foreach_run:
 * @func: called for each run of dark modules, row by row
 *
 * Goes through the dark modules of @matrix as runs: drawn as one rectangle
 * each, the modules of a run leave no seam between them.
 */
void
atlas_qr_matrix_foreach_run (const AtlasQrMatrix *matrix,
                             AtlasQrRunFunc       func,
                             gpointer             user_data)
{
  g_return_if_fail (matrix != NULL);
  g_return_if_fail (func != NULL);

  for (guint row = 0; row < matrix->size; row++)
    for (guint column = 0; column < matrix->size;)
      {
        guint run = atlas_qr_matrix_get_run (matrix, column, row);

        if (run > 0)
          func (column, row, run, user_data);
        column += MAX (run, 1);
      }
}

typedef struct {
  cairo_t *cr;
  double   x, y, module;
} Drawing;

static void
add_run (guint    x,
         guint    y,
         guint    length,
         gpointer user_data)
{
  Drawing *drawing = user_data;

  cairo_rectangle (drawing->cr,
                   drawing->x + (x + ATLAS_QR_QUIET_ZONE) * drawing->module,
                   drawing->y + (y + ATLAS_QR_QUIET_ZONE) * drawing->module,
                   length * drawing->module, drawing->module);
}

/**
 * atlas_qr_draw:
 * @cr: where to draw: a widget, an image, a PDF page
 * @x: the left of the code, quiet zone included
 * @y: its top
 * @size: its side, quiet zone included
 *
 * Draws @matrix black on white with its quiet zone, as rectangles.
 */
void
atlas_qr_draw (cairo_t             *cr,
               const AtlasQrMatrix *matrix,
               double               x,
               double               y,
               double               size)
{
  Drawing drawing = { cr, x, y, 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (matrix != NULL);

  drawing.module = size / (matrix->size + 2 * ATLAS_QR_QUIET_ZONE);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  atlas_qr_matrix_foreach_run (matrix, add_run, &drawing);
  cairo_fill (cr);
  cairo_restore (cr);
}
