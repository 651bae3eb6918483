using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Builder;

namespace TicBot.BotKit.State;

/// <summary>A typed property of a <see cref="BotState"/>; values are handed out live and serialized at save.</summary>
internal sealed class BotStatePropertyAccessor<T>(BotState state, string name, JsonTypeInfo<T> typeInfo) : IStatePropertyAccessor<T>
{
    public string Name => name;

    public async Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var loaded = await state.LoadedAsync(turnContext, cancellationToken);
        if (loaded.TryGet(name, typeInfo, out var value))
        {
            return value;
        }

        if (defaultValueFactory is null)
        {
            return default;
        }

        var created = defaultValueFactory();
        loaded.Set(name, created, typeInfo);
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var loaded = await state.LoadedAsync(turnContext, cancellationToken);
        loaded.Set(name, value, typeInfo);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var loaded = await state.LoadedAsync(turnContext, cancellationToken);
        loaded.Delete(name);
    }
}
