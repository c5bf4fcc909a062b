/* atlas-qr-code.c: a QR code of a text, dark on white
 *
 * Shows the QR code of its text (a web address) as a square of modules
 * drawn with GtkSnapshot rectangles, black on a white square with the
 * quiet zone, in the light and the dark style alike: phones read dark on
 * light. Each module is a whole number of pixels where the widget is
 * large enough, so that the edges stay sharp. It fills the smaller of its
 * width and height, at the start of its width and in the middle of its
 * height. A screen reader hears "QR code of
 * childfocus.be". A text that cannot be encoded shows nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-qr-code"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "atlas-qr.h"
#include "atlas-qr-code.h"
#include "atlas-url.h"

/* The smallest module, in pixels, the widget asks for */
#define MIN_MODULE_SIZE 2

struct _AtlasQrCode
{
  GtkWidget parent_instance;

  char          *text;    /* nullable */
  AtlasQrMatrix *matrix;  /* nullable: no text, or one that cannot be encoded */
};

G_DEFINE_FINAL_TYPE (AtlasQrCode, atlas_qr_code, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Modules on a side, quiet zone included */
static guint
get_side (AtlasQrCode *self)
{
  return self->matrix != NULL ? atlas_qr_matrix_get_size (self->matrix) + 2 * ATLAS_QR_QUIET_ZONE : 0;
}

typedef struct {
  GtkSnapshot *snapshot;
  double       x, y, module;
} Drawing;

static void
append_run (guint    x,
            guint    y,
            guint    length,
            gpointer user_data)
{
  static const GdkRGBA black = { 0, 0, 0, 1 };
  Drawing *drawing = user_data;

  gtk_snapshot_append_color (drawing->snapshot, &black,
                             &GRAPHENE_RECT_INIT (drawing->x + (x + ATLAS_QR_QUIET_ZONE) * drawing->module,
                                                  drawing->y + (y + ATLAS_QR_QUIET_ZONE) * drawing->module,
                                                  length * drawing->module, drawing->module));
}

static void
atlas_qr_code_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  AtlasQrCode *self = ATLAS_QR_CODE (widget);
  const GdkRGBA white = { 1, 1, 1, 1 };
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint side = get_side (self);
  Drawing drawing = { snapshot, 0, 0, 0 };
  double size;

  if (side == 0)
    return;

  /* Whole pixels per module where there is room for them */
  drawing.module = (double) MIN (width, height) / side;
  if (drawing.module >= 1)
    drawing.module = floor (drawing.module);
  size = drawing.module * side;
  /* At the start of a wider place, as text is; in the middle of a
   * higher one */
  drawing.x = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? width - size : 0;
  drawing.y = floor ((height - size) / 2);

  gtk_snapshot_append_color (snapshot, &white, &GRAPHENE_RECT_INIT (drawing.x, drawing.y, size, size));
  atlas_qr_matrix_foreach_run (self->matrix, append_run, &drawing);
}

static void
atlas_qr_code_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  AtlasQrCode *self = ATLAS_QR_CODE (widget);
  int side = (int) get_side (self);

  *minimum = side * MIN_MODULE_SIZE;
  *natural = side * MIN_MODULE_SIZE * 2;
}

static void
atlas_qr_code_finalize (GObject *object)
{
  AtlasQrCode *self = ATLAS_QR_CODE (object);

  g_free (self->text);
  g_clear_pointer (&self->matrix, atlas_qr_matrix_free);

  G_OBJECT_CLASS (atlas_qr_code_parent_class)->finalize (object);
}

static void
atlas_qr_code_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasQrCode *self = ATLAS_QR_CODE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_qr_code_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AtlasQrCode *self = ATLAS_QR_CODE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      atlas_qr_code_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_qr_code_class_init (AtlasQrCodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = atlas_qr_code_finalize;
  object_class->get_property = atlas_qr_code_get_property;
  object_class->set_property = atlas_qr_code_set_property;

  widget_class->snapshot = atlas_qr_code_snapshot;
  widget_class->measure = atlas_qr_code_measure;

  /**
   * AtlasQrCode:text:
   *
   * What the code says: a web address. %NULL, empty, or too long to
   * encode shows nothing.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "qrcode");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
atlas_qr_code_init (AtlasQrCode *self)
{
}

GtkWidget *
atlas_qr_code_new (const char *text)
{
  return g_object_new (ATLAS_TYPE_QR_CODE, "text", text, NULL);
}

/**
 * atlas_qr_code_get_text:
 *
 * Returns: (nullable): what the code says
 */
const char *
atlas_qr_code_get_text (AtlasQrCode *self)
{
  g_return_val_if_fail (ATLAS_IS_QR_CODE (self), NULL);

  return self->text;
}

void
atlas_qr_code_set_text (AtlasQrCode *self,
                        const char  *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (ATLAS_IS_QR_CODE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);

  g_clear_pointer (&self->matrix, atlas_qr_matrix_free);
  if (text != NULL && text[0] != '\0')
    {
      self->matrix = atlas_qr_matrix_new (text, &error);
      if (self->matrix == NULL)
        g_debug ("No QR code of %s: %s", text, error->message);
    }

  if (self->matrix != NULL)
    {
      g_autofree char *address = atlas_url_format_short (text);

      /* TRANSLATORS: what a screen reader says of the QR code beside the
       * helpline's website; %s is the address: "QR code of childfocus.be" */
      name = g_strdup_printf (_("QR code of %s"), address);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);

  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * atlas_qr_code_get_modules:
 *
 * Returns: the modules on a side of the code, quiet zone included; 0 when
 *   it shows nothing
 */
guint
atlas_qr_code_get_modules (AtlasQrCode *self)
{
  g_return_val_if_fail (ATLAS_IS_QR_CODE (self), 0);

  return get_side (self);
}
