using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.State;

/// <summary>
/// A scope of state (a conversation, a user) kept in an <see cref="IStorage"/> as one JSON document whose
/// properties are read and written through typed accessors. It is loaded at most once per turn and saved
/// once, only when it changed, with a <b>conditional</b> write: a concurrent change elsewhere makes the save
/// throw <see cref="StorageConflictException"/> instead of being silently overwritten.
/// </summary>
public abstract class BotState
{
    private const string SavedInTurnKey = "TicBot.BotKit.StateSavedInTurn";
    private readonly string _contextServiceKey;

    /// <param name="storage">Where documents live.</param>
    /// <param name="contextServiceKey">The name under which the loaded state sits in the turn state.</param>
    /// <param name="cache">Optional per-process cache; a cached document is confirmed by the save's ETag.</param>
    protected BotState(IStorage storage, string contextServiceKey, BotStateCache? cache)
    {
        Storage = storage ?? throw new ArgumentNullException(nameof(storage));
        ArgumentException.ThrowIfNullOrEmpty(contextServiceKey);
        _contextServiceKey = contextServiceKey;
        Cache = cache;
    }

    public IStorage Storage { get; }

    /// <value>The per-process cache, or null when every turn reads the store.</value>
    public BotStateCache? Cache { get; }

    /// <summary>Creates an accessor for the property <paramref name="name"/> of this scope.</summary>
    /// <param name="typeInfo">The source-generated type information used to (de)serialize the value.</param>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name, JsonTypeInfo<T> typeInfo)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new BotStatePropertyAccessor<T>(this, name, typeInfo);
    }

    /// <summary>The storage key of this scope for the turn.</summary>
    /// <exception cref="InvalidOperationException">The activity lacks the ids the key is made of.</exception>
    public abstract string GetStorageKey(ITurnContext turnContext);

    /// <summary>True when the state has been loaded in this turn.</summary>
    public bool IsLoaded(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.ContainsKey(_contextServiceKey);
    }

    /// <summary>
    /// Loads the state into the turn, unless already loaded. Served from the cache when it holds the
    /// document; <paramref name="force"/> always reads the store and discards unsaved changes.
    /// </summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && IsLoaded(turnContext))
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        if (!force && Cache is not null && Cache.TryGet(key, out var cached))
        {
            Accept(turnContext, new LoadedState(key, cached.Value, cached.ETag, fromCache: true));
            return;
        }

        var items = await Storage.ReadAsync([key], cancellationToken);
        var loaded = items.TryGetValue(key, out var item)
            ? new LoadedState(key, item.Value, item.ETag, fromCache: false)
            : new LoadedState(key, null, null, fromCache: false);
        if (item is not null)
        {
            Cache?.Set(key, item);
        }

        Accept(turnContext, loaded);
    }

    /// <summary>True when a state was written in this turn (any scope): the turn's changes are then stored.</summary>
    public static bool HasSavedInTurn(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.ContainsKey(SavedInTurnKey);
    }

    /// <summary>
    /// Writes the state if it changed (or <paramref name="force"/>), conditionally on the ETag it was
    /// loaded with; a new document is created only if still absent. A document served from the cache is
    /// written even when unchanged, since that conditional write is what proves the cache was current.
    /// A changed document also records the turn's activity (see <see cref="ConversationTurnMiddleware"/>) so that a
    /// redelivery of it is recognised. Does nothing when the state was not loaded in this turn.
    /// </summary>
    /// <exception cref="StorageConflictException">The document changed since it was loaded; the cache entry is evicted.</exception>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (PlanSave(turnContext, force) is { } plan)
        {
            await ExecuteAsync(turnContext, plan, cancellationToken);
        }
    }

    /// <summary>What a save would write now, or null when it would write nothing.</summary>
    internal SavePlan? PlanSave(ITurnContext turnContext, bool force)
    {
        if (turnContext.TurnState.Get<LoadedState>(_contextServiceKey) is not { } loaded)
        {
            return null;
        }

        var (document, changed) = loaded.Build(ActivityMarker.Of(turnContext));
        if (!changed && !force && !loaded.FromCache)
        {
            return null;
        }

        var write = loaded.ETag is null
            ? new StorageWrite(loaded.Key, document, CreateOnly: true)
            : new StorageWrite(loaded.Key, document, loaded.ETag);
        return new SavePlan(this, write, changed, loaded.Original);
    }

    internal async Task ExecuteAsync(ITurnContext turnContext, SavePlan plan, CancellationToken cancellationToken)
    {
        var key = plan.Write.Key;
        try
        {
            var etags = await Storage.WriteAsync([plan.Write], cancellationToken);
            var etag = etags[key];
            plan.WrittenETag = etag;
            turnContext.TurnState.Get<LoadedState>(_contextServiceKey)?.MarkSaved(etag, plan.Write.Value);
            Cache?.Set(key, new StoreItem(plan.Write.Value, etag));
            turnContext.TurnState[SavedInTurnKey] = true;
        }
        catch (Exception)
        {
            // Whatever failed, the cached copy can no longer be trusted.
            Cache?.Remove(key);
            throw;
        }
    }

    /// <summary>
    /// Puts back what <paramref name="plan"/> replaced (an empty document for one it created), on condition that nobody
    /// wrote since, and forgets the state in the turn and the cache.
    /// </summary>
    /// <exception cref="StorageConflictException">Another write came after ours: the change cannot be undone.</exception>
    internal async Task UndoAsync(ITurnContext turnContext, SavePlan plan, CancellationToken cancellationToken)
    {
        var key = plan.Write.Key;
        Cache?.Remove(key);
        turnContext.TurnState.Remove(_contextServiceKey);
        using var empty = JsonDocument.Parse("{}");
        var previous = plan.Previous ?? empty.RootElement.Clone();
        await Storage.WriteAsync([new StorageWrite(key, previous, plan.WrittenETag)], cancellationToken);
    }

    /// <summary>Empties the state in the turn; the empty document is written by the next save.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, false, cancellationToken);
        GetLoaded(turnContext).Clear();
    }

    /// <summary>Deletes the document from the store and forgets it in the turn and the cache.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = GetStorageKey(turnContext);
        turnContext.TurnState.Remove(_contextServiceKey);
        Cache?.Remove(key);
        await Storage.DeleteAsync([key], cancellationToken);
    }

    /// <summary>
    /// Forgets the state loaded in this turn, unsaved changes included, and evicts it from the cache, so
    /// the next load reads the store. Used to re-run a turn after a conflict.
    /// </summary>
    public void Discard(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<LoadedState>(_contextServiceKey) is { } loaded)
        {
            Cache?.Remove(loaded.Key);
            turnContext.TurnState.Remove(_contextServiceKey);
        }
    }

    internal async Task<LoadedState> LoadedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, false, cancellationToken);
        return GetLoaded(turnContext);
    }

    /// <summary>Makes <paramref name="loaded"/> the turn's state, unless the turn's activity already wrote it (a redelivery).</summary>
    private void Accept(ITurnContext turnContext, LoadedState loaded)
    {
        if (ActivityMarker.Of(turnContext) is { } marker && loaded.HasHandled(marker))
        {
            throw new ActivityAlreadyHandledException(loaded.Key);
        }

        turnContext.TurnState[_contextServiceKey] = loaded;
    }

    private LoadedState GetLoaded(ITurnContext turnContext)
        => turnContext.TurnState.Get<LoadedState>(_contextServiceKey)
           ?? throw new InvalidOperationException($"{GetType().Name} is not loaded in this turn.");
}
