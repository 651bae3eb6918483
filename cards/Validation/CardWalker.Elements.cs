using TicBot.Cards.Model;

namespace TicBot.Cards.Validation;

internal sealed partial class CardWalker
{
    private void Elements(IReadOnlyList<AdaptiveElement> elements, string path)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            Element(elements[i], $"{path}[{i}]");
        }
    }

    private void Element(AdaptiveElement element, string path)
    {
        Id(element.Id, path);
        switch (element)
        {
            case TextBlock text:
                Text(text.Text, path, "text");
                ColourNotAlone(text.Color, text.Text, path);
                break;
            case RichTextBlock rich:
                if (rich.Inlines.Count == 0)
                {
                    Error(path, "the rich text has no runs");
                }

                foreach (var run in rich.Inlines)
                {
                    Text(run.Text, path, "text run");
                    ColourNotAlone(run.Color, run.Text, path);
                }

                break;
            case Image image:
                Text(image.AltText, path, "alternative text");
                if (!IsHttps(image.Url) && !image.Url.StartsWith("data:image/", StringComparison.Ordinal))
                {
                    Error(path, "the image url is neither https nor a data url");
                }

                break;
            case Container container:
                StyleNotAlone(container.Style, container.Items, path);
                Elements(container.Items, path + ".items");
                break;
            case ColumnSet set:
                ColumnSet(set, path);
                break;
            case FactSet facts:
                if (facts.Facts.Count == 0)
                {
                    Error(path, "the fact set is empty");
                }

                foreach (var fact in facts.Facts)
                {
                    Text(fact.Title, path, "fact title");
                    Text(fact.Value, path, "fact value");
                }

                break;
            case Table table:
                Table(table, path);
                break;
            case ActionSet actions:
                if (actions.Actions.Count == 0)
                {
                    Error(path, "the action set is empty");
                }

                Actions(actions.Actions, path + ".actions");
                break;
            case AdaptiveInput input:
                Input(input, path);
                break;
        }
    }

    private void ColumnSet(ColumnSet set, string path)
    {
        if (set.Columns.Count == 0)
        {
            Error(path, "the column set has no columns");
        }

        for (var i = 0; i < set.Columns.Count; i++)
        {
            var column = set.Columns[i];
            var columnPath = $"{path}.columns[{i}]";
            Id(column.Id, columnPath);
            StyleNotAlone(column.Style, column.Items, columnPath);
            Elements(column.Items, columnPath + ".items");
        }
    }

    private void Table(Table table, string path)
    {
        if (table.Columns.Count == 0 || table.Rows.Count == 0)
        {
            Error(path, "the table has no columns or no rows");
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Cells.Count != table.Columns.Count)
            {
                Error($"{path}.rows[{r}]", $"{row.Cells.Count} cells for {table.Columns.Count} columns");
            }

            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cellPath = $"{path}.rows[{r}].cells[{c}]";
                StyleNotAlone(row.Cells[c].Style ?? row.Style, row.Cells[c].Items, cellPath);
                Elements(row.Cells[c].Items, cellPath + ".items");
            }
        }
    }

    private void Input(AdaptiveInput input, string path)
    {
        Text(input.Id, path, "input id");
        Text(input.Label, path, "input label");
        if (input.IsRequired == true)
        {
            Text(input.ErrorMessage, path, "error message of a required input");
        }

        switch (input)
        {
            case InputToggle toggle:
                Text(toggle.Title, path, "toggle title");
                break;
            case InputChoiceSet choices:
                if (choices.Choices.Count == 0)
                {
                    Error(path, "the choice set has no choices");
                }

                foreach (var choice in choices.Choices)
                {
                    Text(choice.Title, path, "choice title");
                    Text(choice.Value, path, "choice value");
                }

                if (choices.Choices.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count() != choices.Choices.Count)
                {
                    Error(path, "two choices have the same value");
                }

                break;
        }
    }

    private void ColourNotAlone(TextColor? color, string text, string path)
    {
        if (color is TextColor.Good or TextColor.Warning or TextColor.Attention && !text.Any(char.IsLetter))
        {
            Error(path, "a coloured text without words carries its meaning by colour alone");
        }
    }

    private void StyleNotAlone(ContainerStyle? style, IReadOnlyList<AdaptiveElement> items, string path)
    {
        if (style is ContainerStyle.Good or ContainerStyle.Warning or ContainerStyle.Attention && !HasWords(items))
        {
            Error(path, "a styled container without words carries its meaning by colour alone");
        }
    }

    private static bool HasWords(IReadOnlyList<AdaptiveElement> items) => items.Any(item => item switch
    {
        TextBlock t => t.Text.Any(char.IsLetter),
        RichTextBlock r => r.Inlines.Any(run => run.Text.Any(char.IsLetter)),
        FactSet f => f.Facts.Count > 0,
        Container c => HasWords(c.Items),
        ColumnSet s => s.Columns.Any(column => HasWords(column.Items)),
        _ => false,
    });
}
