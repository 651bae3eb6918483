using System.Text.Json;

namespace TicBot.Cards.Actions;

/// <summary>Reads action payloads by hand so that every refusal names its reason.</summary>
internal static class CardActionDecoder
{
    internal const int MaxIdLength = 64;
    internal const int MaxPage = 999;
    internal const int MaxItems = 100;

    public static CardActionDecodeResult Decode(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return Malformed("the payload is not a JSON object");
        }

        var payload = value;
        string? verb = null;
        if (value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object)
        {
            // adaptiveCard/action invoke: {action:{type:"Action.Execute", verb, data}, trigger}
            if (!action.TryGetProperty("data", out payload) || payload.ValueKind != JsonValueKind.Object)
            {
                return Malformed("the invoke action has no data object");
            }

            verb = action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        }

        if (!payload.TryGetProperty("action", out var nameElement) || nameElement.ValueKind != JsonValueKind.String)
        {
            return Malformed("the payload has no action name");
        }

        var name = nameElement.GetString()!;
        if (verb is not null && !string.Equals(verb, name, StringComparison.Ordinal))
        {
            return Malformed("the verb differs from the action name");
        }

        if (!IsKnown(name))
        {
            return CardActionDecodeResult.Failure(CardActionError.Unknown, "unknown action name");
        }

        if (!payload.TryGetProperty("v", out var versionElement))
        {
            return CardActionDecodeResult.Failure(CardActionError.Stale, "the payload has no version");
        }

        if (versionElement.ValueKind != JsonValueKind.Number || !versionElement.TryGetInt32(out var version))
        {
            return Malformed("the version is not an integer");
        }

        if (version < CardActionData.CurrentVersion)
        {
            return CardActionDecodeResult.Failure(CardActionError.Stale, "the payload version is older than the current one");
        }

        if (version > CardActionData.CurrentVersion)
        {
            return CardActionDecodeResult.Failure(CardActionError.Unknown, "the payload version is newer than this bot knows");
        }

        var reader = new PayloadReader(payload);
        var decoded = DecodeFields(name, reader);
        return decoded.Succeeded ? WithProject(decoded.Data, reader) : decoded;
    }

    /// <summary>The project the card was drawn for, when it names one (every action may).</summary>
    private static CardActionDecodeResult WithProject(CardActionData data, PayloadReader reader)
    {
        string? project = null;
        string? place = null;
        if (reader.Has(CardActionData.ProjectField) && (project = reader.ProjectId(CardActionData.ProjectField)) is null)
        {
            return Malformed(reader.Problem ?? "invalid project");
        }

        if (reader.Has(CardActionData.PlaceField) && (place = reader.PlaceRef(CardActionData.PlaceField)) is null)
        {
            return Malformed(reader.Problem ?? "invalid place");
        }

        return CardActionDecodeResult.Success(project is null && place is null ? data : data with { Project = project, Place = place });
    }

    private static bool IsKnown(string name) => name is CardActionNames.MenuShow or CardActionNames.MenuOpen or CardActionNames.ChecklistShow
        or CardActionNames.ChecklistSave or CardActionNames.ChecklistWhy or CardActionNames.ReminderDone
        or CardActionNames.ReminderSnooze or CardActionNames.ReminderStop or CardActionNames.PlanShow or CardActionNames.ExpectationsShow or CardActionNames.ProjectSummary
        or CardActionNames.PromptChoice or CardActionNames.QuestionAnswer or CardActionNames.ProjectsShow or CardActionNames.ProjectManage;

    private static CardActionDecodeResult DecodeFields(string name, PayloadReader reader)
    {
        CardActionData? data = name switch
        {
            CardActionNames.MenuShow => new MenuShowData(),
            CardActionNames.MenuOpen => reader.Entry() is { } entry ? new MenuOpenData(entry) : null,
            CardActionNames.ChecklistShow => reader.Id("checklist") is { } c && reader.Page("page") is { } p
                ? new ChecklistShowData(c, p) : null,
            CardActionNames.ChecklistSave => ChecklistSave(reader),
            CardActionNames.ChecklistWhy => reader.Id("item") is { } i ? new ChecklistWhyData(i) : null,
            CardActionNames.ReminderDone => reader.Id("reminder") is { } r ? new ReminderDoneData(r) : null,
            CardActionNames.ReminderSnooze => reader.Id("reminder") is { } r ? new ReminderSnoozeData(r) : null,
            CardActionNames.ReminderStop => reader.Id("reminder") is { } r ? new ReminderStopData(r) : null,
            CardActionNames.ExpectationsShow => reader.Page("page") is { } page ? new ExpectationsShowData(page) : null,
            CardActionNames.PlanShow => reader.Page("page") is { } page ? new PlanShowData(page) : null,
            CardActionNames.PromptChoice => reader.Id("choice") is { } choice && IsOptionNumber(choice) ? new PromptChoiceData(choice) : null,
            CardActionNames.QuestionAnswer => new QuestionAnswerData(reader.Answer()),
            CardActionNames.ProjectsShow => reader.Flag("archived") is { } archived && reader.Page("page") is { } page ? new ProjectsShowData(archived, page) : null,
            CardActionNames.ProjectManage => reader.Operation() is { } operation ? new ProjectManageData(operation) : null,
            _ => new ProjectSummaryData(),
        };
        return data is null ? Malformed(reader.Problem ?? "invalid payload") : CardActionDecodeResult.Success(data);
    }

    private static bool IsOptionNumber(string choice)
        => int.TryParse(choice, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and <= MaxItems;

    private static ChecklistSaveData? ChecklistSave(PayloadReader reader)
    {
        if (reader.Id("checklist") is not { } checklist || reader.Page("page") is not { } page
            || reader.Ids("items") is not { } items)
        {
            return null;
        }

        int? target = null;
        if (reader.Has("goto"))
        {
            if (reader.Page("goto") is not { } g)
            {
                return null;
            }

            target = g;
        }

        IReadOnlyList<string>? was = null;
        if (reader.Has("was") && (was = reader.Ids("was")) is null)
        {
            return null;
        }

        var ticked = new List<string>();
        foreach (var item in items)
        {
            switch (reader.Toggle(ChecklistSaveData.ToggleId(item)))
            {
                case true: ticked.Add(item); break;
                case false: break;
                default: return null;
            }
        }

        return new ChecklistSaveData(checklist, page, items) { Goto = target, Ticked = ticked, Was = was };
    }

    private static CardActionDecodeResult Malformed(string detail)
        => CardActionDecodeResult.Failure(CardActionError.Malformed, detail);
}
