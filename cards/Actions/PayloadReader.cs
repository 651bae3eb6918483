using System.Text.Json;

namespace TicBot.Cards.Actions;

/// <summary>Reads typed fields of a payload and remembers the first problem, in words for the logs.</summary>
internal sealed class PayloadReader(JsonElement payload)
{
    public string? Problem { get; private set; }

    public bool Has(string name) => payload.TryGetProperty(name, out _);

    public string? Id(string name)
    {
        if (!payload.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String)
        {
            return Fail<string>($"'{name}' is missing or not a string");
        }

        var id = element.GetString()!;
        return IsValidId(id) ? id : Fail<string>($"'{name}' is not a valid id");
    }

    public int? Page(string name)
    {
        if (!payload.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Number
            || !element.TryGetInt32(out var page))
        {
            Problem ??= $"'{name}' is missing or not an integer";
            return null;
        }

        if (page is < 0 or > CardActionDecoder.MaxPage)
        {
            Problem ??= $"'{name}' is out of range";
            return null;
        }

        return page;
    }

    public IReadOnlyList<string>? Ids(string name)
    {
        if (!payload.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Array)
        {
            return Fail<IReadOnlyList<string>>($"'{name}' is missing or not an array");
        }

        if (element.GetArrayLength() > CardActionDecoder.MaxItems)
        {
            return Fail<IReadOnlyList<string>>($"'{name}' has too many entries");
        }

        var ids = new List<string>();
        foreach (var entry in element.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.String || !IsValidId(entry.GetString()!))
            {
                return Fail<IReadOnlyList<string>>($"'{name}' holds an invalid id");
            }

            if (ids.Contains(entry.GetString()!, StringComparer.Ordinal))
            {
                return Fail<IReadOnlyList<string>>($"'{name}' holds an id twice");
            }

            ids.Add(entry.GetString()!);
        }

        return ids;
    }

    /// <summary>An Input.Toggle's value: <c>"true"</c>/<c>"false"</c> (some clients send booleans).</summary>
    public bool? Toggle(string inputId)
    {
        if (payload.TryGetProperty(inputId, out var element))
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.True: return true;
                case JsonValueKind.False: return false;
                case JsonValueKind.String when element.ValueEquals("true"): return true;
                case JsonValueKind.String when element.ValueEquals("false"): return false;
            }
        }

        Problem ??= $"the value of toggle '{inputId}' is missing or not true/false";
        return null;
    }

    public MenuEntry? Entry()
    {
        if (payload.TryGetProperty("entry", out var element) && element.ValueKind == JsonValueKind.String)
        {
            foreach (var entry in Enum.GetValues<MenuEntry>())
            {
                if (element.ValueEquals(JsonNamingPolicy.CamelCase.ConvertName(entry.ToString())))
                {
                    return entry;
                }
            }
        }

        Problem ??= "'entry' is missing or not a menu entry";
        return null;
    }

    /// <summary>A project id: the methodology's rule (short lowercase letters, digits and dashes).</summary>
    public string? ProjectId(string name)
    {
        if (!payload.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String
            || !Methodology.Projects.Project.IsValidId(element.GetString()))
        {
            return Fail<string>($"'{name}' is not a project id");
        }

        return element.GetString();
    }

    /// <summary>
    /// A project's place, <c>kind|id</c> (<c>users|29:…</c>, <c>chats|19:…@thread.v2</c>, <c>teams|19:…@thread.tacv2</c>):
    /// ASCII letters, digits and <c>.:_@=|-</c> only, so it can never climb out of a storage key.
    /// </summary>
    public string? PlaceRef(string name)
    {
        if (!payload.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String
            || element.GetString() is not { Length: > 2 and <= MaxPlaceLength } place
            || !place.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or ':' or '_' or '@' or '=' or '|' or '-')
            || place.Count(c => c == '|') != 1)
        {
            return Fail<string>($"'{name}' is not a place");
        }

        return place;
    }

    /// <summary>The <c>answer</c> of a question card, when it is a string; the question checks it.</summary>
    public string? Answer()
        => payload.TryGetProperty("answer", out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    /// <summary>A true/false field.</summary>
    public bool? Flag(string name)
    {
        if (payload.TryGetProperty(name, out var element) && element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        Problem ??= $"'{name}' is missing or not true/false";
        return null;
    }

    public ProjectOperation? Operation()
    {
        if (payload.TryGetProperty("op", out var element) && element.ValueKind == JsonValueKind.String)
        {
            foreach (var operation in Enum.GetValues<ProjectOperation>())
            {
                if (element.ValueEquals(JsonNamingPolicy.CamelCase.ConvertName(operation.ToString())))
                {
                    return operation;
                }
            }
        }

        Problem ??= "'op' is missing or not a project operation";
        return null;
    }

    private const int MaxPlaceLength = 256;

    /// <summary>Ids are short ASCII tokens, so a payload can never smuggle text into a storage key or a log.</summary>
    public static bool IsValidId(string id)
        => id.Length is > 0 and <= CardActionDecoder.MaxIdLength
           && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':');

    private T? Fail<T>(string problem)
        where T : class
    {
        Problem ??= problem;
        return null;
    }
}
