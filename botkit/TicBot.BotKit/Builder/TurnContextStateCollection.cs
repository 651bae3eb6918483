namespace TicBot.BotKit.Builder;

/// <summary>Per-turn values, keyed by name (a type's full name by default).</summary>
public sealed class TurnContextStateCollection : Dictionary<string, object>
{
    public TurnContextStateCollection() : base(StringComparer.Ordinal) { }

    public T? Get<T>() where T : class => Get<T>(typeof(T).FullName!);

    public T? Get<T>(string key) where T : class => TryGetValue(key, out var value) ? value as T : null;

    public void Set<T>(T value) where T : class => Set(typeof(T).FullName!, value);

    public void Set<T>(string key, T value) where T : class => this[key] = value;
}
