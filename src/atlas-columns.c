/* atlas-columns.c: cards side by side, in as many equal columns as fit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-columns"

#include "config.h"

#include "atlas-columns.h"

/* The statistic cards of the Overview used a GtkFlowBox. Its children take
 * the keyboard focus when clicked anywhere, and the page then scrolled a
 * card taller than the window to its top, away from the pointer; without
 * focusable children, GTK 4.8's flow box swallows Tab on a card with
 * nothing to focus. The cards need none of its selection or keyboard
 * cursor: this lays them out in rows of equal columns, as many as their
 * natural width allows (up to :max-columns), and leaves the focus to the
 * links and expanders in them, in reading order. */
struct _AtlasColumns
{
  GtkWidget parent_instance;

  guint max_columns;
  int   spacing;
};

G_DEFINE_FINAL_TYPE (AtlasColumns, atlas_columns, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MAX_COLUMNS,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The widest minimum and natural width of the children laid out, and
 * their number */
static guint
measure_children_width (AtlasColumns *self,
                        int          *minimum,
                        int          *natural)
{
  guint n = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
      n++;
    }

  return n;
}

static guint
columns_for_width (AtlasColumns *self,
                   int           width,
                   guint         n_children,
                   int           child_natural)
{
  guint columns = 1;

  if (child_natural <= 0)
    return MAX (1, MIN (n_children, self->max_columns));

  while (columns < self->max_columns && columns < n_children &&
         (int) (columns + 1) * child_natural + (int) columns * self->spacing <= width)
    columns++;

  return columns;
}

/* As many columns as allowed, each of the widest natural width */
static int
natural_width (AtlasColumns *self,
               guint         n_children,
               int           child_natural)
{
  guint columns = MAX (1, MIN (n_children, self->max_columns));

  return (int) columns * child_natural + (int) (columns - 1) * self->spacing;
}

static int
column_width (AtlasColumns *self,
              int           width,
              guint         columns)
{
  return MAX (0, (width - (int) (columns - 1) * self->spacing) / (int) columns);
}

/* A row of children: its first child, the first child of the next row
 * (or %NULL) and its minimum and natural height */
typedef struct {
  GtkWidget *first;
  GtkWidget *next;
  int        minimum;
  int        natural;
} Row;

/* The rows at @width, each as tall as its tallest child, and the width
 * of their columns */
static GArray *
lay_out_rows (AtlasColumns *self,
              int           width,
              int          *cell_width)
{
  int child_min_width, child_nat_width;
  guint n = measure_children_width (self, &child_min_width, &child_nat_width);
  guint columns = columns_for_width (self, width, n, child_nat_width);
  GtkWidget *row_start = gtk_widget_get_first_child (GTK_WIDGET (self));
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (Row));

  *cell_width = column_width (self, MAX (width, child_min_width), columns);

  while (row_start != NULL)
    {
      Row row = { row_start, NULL, 0, 0 };
      guint column = 0;

      for (GtkWidget *child = row_start; child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          if (column == columns)
            {
              row.next = child;
              break;
            }

          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, *cell_width, &child_min, &child_nat, NULL, NULL);
          row.minimum = MAX (row.minimum, child_min);
          row.natural = MAX (row.natural, child_nat);
          column++;
        }

      if (column == 0)
        break;

      g_array_append_val (rows, row);
      row_start = row.next;
    }

  return rows;
}

/* The rows' total minimum and natural height, with the spacing between */
static void
sum_rows (AtlasColumns *self,
          GArray       *rows,
          int          *minimum,
          int          *natural)
{
  int spacing = rows->len > 1 ? (int) (rows->len - 1) * self->spacing : 0;

  *minimum = *natural = spacing;
  for (guint i = 0; i < rows->len; i++)
    {
      *minimum += g_array_index (rows, Row, i).minimum;
      *natural += g_array_index (rows, Row, i).natural;
    }
}

static GtkSizeRequestMode
atlas_columns_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
atlas_columns_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  AtlasColumns *self = ATLAS_COLUMNS (widget);
  int child_min, child_nat;
  guint n = measure_children_width (self, &child_min, &child_nat);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* One column at least; as many as allowed, naturally */
      *minimum = child_min;
      *natural = natural_width (self, n, child_nat);
      return;
    }

  /* Without a width, the height at the natural width */
  if (for_size < 0)
    for_size = natural_width (self, n, child_nat);

  {
    int cell_width;
    g_autoptr(GArray) rows = lay_out_rows (self, for_size, &cell_width);

    sum_rows (self, rows, minimum, natural);
  }
}

/* Each row gets its minimum height, and what the given height has beyond
 * the rows' minimum goes to the rows that want more, up to their natural
 * height. A parent that gives the minimum (a scrolled window does) so
 * gets rows that end where it placed the next widget: rows at their
 * natural height once drew the last card under what follows it. */
static void
atlas_columns_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  AtlasColumns *self = ATLAS_COLUMNS (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int cell_width, minimum, natural, y = 0;
  g_autoptr(GArray) rows = lay_out_rows (self, width, &cell_width);
  g_autofree GtkRequestedSize *sizes = g_new0 (GtkRequestedSize, MAX (rows->len, 1));

  sum_rows (self, rows, &minimum, &natural);
  for (guint i = 0; i < rows->len; i++)
    {
      sizes[i].minimum_size = g_array_index (rows, Row, i).minimum;
      sizes[i].natural_size = g_array_index (rows, Row, i).natural;
    }
  /* a height beyond the rows' natural one stays empty below them */
  gtk_distribute_natural_allocation (MAX (0, height - minimum), rows->len, sizes);

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);
      int row_height = sizes[i].minimum_size;
      guint column = 0;

      for (GtkWidget *child = row->first; child != row->next; child = gtk_widget_get_next_sibling (child))
        {
          int x;

          if (!gtk_widget_should_layout (child))
            continue;

          x = (int) column++ * (cell_width + self->spacing);
          if (rtl)
            x = width - x - cell_width;
          gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, cell_width, row_height }, -1);
        }

      y += row_height + self->spacing;
    }
}

static void
atlas_columns_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (atlas_columns_parent_class)->dispose (object);
}

static void
atlas_columns_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasColumns *self = ATLAS_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_MAX_COLUMNS:
      g_value_set_uint (value, self->max_columns);
      break;

    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_columns_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AtlasColumns *self = ATLAS_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_MAX_COLUMNS:
      atlas_columns_set_max_columns (self, g_value_get_uint (value));
      break;

    case PROP_SPACING:
      atlas_columns_set_spacing (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_columns_class_init (AtlasColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_columns_dispose;
  object_class->get_property = atlas_columns_get_property;
  object_class->set_property = atlas_columns_set_property;

  widget_class->get_request_mode = atlas_columns_get_request_mode;
  widget_class->measure = atlas_columns_measure;
  widget_class->size_allocate = atlas_columns_size_allocate;

  /**
   * AtlasColumns:max-columns:
   *
   * How many children may stand side by side.
   */
  properties[PROP_MAX_COLUMNS] =
    g_param_spec_uint ("max-columns", NULL, NULL,
                       1, G_MAXUINT16, 2,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasColumns:spacing:
   *
   * The space between columns, and between rows.
   */
  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL,
                      0, G_MAXINT16, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "atlas-columns");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
atlas_columns_init (AtlasColumns *self)
{
  self->max_columns = 2;
}

GtkWidget *
atlas_columns_new (void)
{
  return g_object_new (ATLAS_TYPE_COLUMNS, NULL);
}

/**
 * atlas_columns_append:
 * @child: a widget without a parent
 *
 * Adds @child after the others; children fill the rows from the start.
 */
void
atlas_columns_append (AtlasColumns *self,
                      GtkWidget    *child)
{
  g_return_if_fail (ATLAS_IS_COLUMNS (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

guint
atlas_columns_get_max_columns (AtlasColumns *self)
{
  g_return_val_if_fail (ATLAS_IS_COLUMNS (self), 1);

  return self->max_columns;
}

void
atlas_columns_set_max_columns (AtlasColumns *self,
                               guint         max_columns)
{
  g_return_if_fail (ATLAS_IS_COLUMNS (self));
  g_return_if_fail (max_columns >= 1);

  if (self->max_columns == max_columns)
    return;

  self->max_columns = max_columns;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_COLUMNS]);
}

int
atlas_columns_get_spacing (AtlasColumns *self)
{
  g_return_val_if_fail (ATLAS_IS_COLUMNS (self), 0);

  return self->spacing;
}

void
atlas_columns_set_spacing (AtlasColumns *self,
                           int           spacing)
{
  g_return_if_fail (ATLAS_IS_COLUMNS (self));
  g_return_if_fail (spacing >= 0);

  if (self->spacing == spacing)
    return;

  self->spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

/**
 * atlas_columns_get_columns_for_width:
 * @width: a width the widget could get
 *
 * Returns: how many columns the children would stand in at @width
 */
guint
atlas_columns_get_columns_for_width (AtlasColumns *self,
                                     int           width)
{
  int child_min, child_nat;
  guint n;

  g_return_val_if_fail (ATLAS_IS_COLUMNS (self), 1);

  n = measure_children_width (self, &child_min, &child_nat);
  return columns_for_width (self, width, n, child_nat);
}
