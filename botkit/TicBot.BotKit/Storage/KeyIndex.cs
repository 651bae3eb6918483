namespace TicBot.BotKit.Storage;

/// <summary>
/// The keys of a store in <see cref="StorageKeyOrder"/>, for stores whose medium cannot hand out a page itself.
/// A sorted array: a page costs a binary search plus the page; adding or removing a key moves the entries after
/// it, a memory move that is small next to the write or delete it goes with. An index may be built in the
/// background (<see cref="BeginBuild"/>, <see cref="EndBuild"/>) while the store is already written to: the
/// changes made meanwhile are kept aside and replayed over what the build found. Thread safe.
/// </summary>
internal sealed class KeyIndex
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _built = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private List<Entry> _entries = [];
    private List<(string Key, bool Present)>? _changesWhileBuilding;

    public KeyIndex() => _built.SetResult();

    private KeyIndex(List<(string Key, bool Present)> changes) => _changesWhileBuilding = changes;

    /// <summary>Completes when the index holds every key (at once, unless built in the background).</summary>
    public Task Built => _built.Task;

    /// <summary>An index that records changes until <see cref="EndBuild"/> gives it the keys found.</summary>
    public static KeyIndex BeginBuild() => new([]);

    /// <summary>Takes the keys a build found, then the changes made since the build began, in order.</summary>
    /// <remarks>A change is recorded after the file operation it follows, so for a key changed during the build
    /// the last change is its state; a key not changed during the build did not change under the scan either.</remarks>
    public void EndBuild(IEnumerable<string> found)
    {
        List<Entry> entries = [.. found.Distinct(StringComparer.Ordinal).Select(Entry.Of)];
        entries.Sort();
        lock (_gate)
        {
            var changes = _changesWhileBuilding ?? throw new InvalidOperationException("The index is not being built.");
            (_entries, _changesWhileBuilding) = (entries, null);
            foreach (var (key, present) in changes)
            {
                Apply(Entry.Of(key), present);
            }
        }

        _built.SetResult();
    }

    /// <summary>The build could not finish: listing fails with <paramref name="error"/> from now on.</summary>
    public void FailBuild(Exception error) => _built.SetException(error);

    public void Add(string key) => Change(key, present: true);

    public void Remove(string key) => Change(key, present: false);

    /// <summary>The keys starting with <paramref name="prefix"/> that come after <paramref name="after"/>.</summary>
    /// <remarks>The token handed back is the page's last key: listing resumes after it even if keys come and go.</remarks>
    public StorageKeyPage Page(string prefix, string? after, int pageSize)
    {
        var region = StorageKeyOrder.RegionOf(prefix);
        // No key is empty, so the region's own entry is never stored: the search lands on its first key.
        var start = new Entry(region, "");
        if (after is not null && Entry.Of(after) is var resume && resume.CompareTo(start) > 0)
        {
            start = resume;
        }

        var keys = new List<string>(Math.Min(pageSize, 256));
        lock (_gate)
        {
            if (_changesWhileBuilding is not null)
            {
                throw new InvalidOperationException("The index is still being built: await Built first.");
            }

            var at = _entries.BinarySearch(start);
            for (var i = at >= 0 ? at + 1 : ~at; i < _entries.Count; i++)
            {
                var entry = _entries[i];
                if (!entry.Name.StartsWith(region, StringComparison.Ordinal))
                {
                    break;
                }

                // A shortened region (very long prefix) also holds keys that only share its beginning.
                if (!entry.Key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                if (keys.Count == pageSize)
                {
                    return new StorageKeyPage(keys, keys[^1]);
                }

                keys.Add(entry.Key);
            }
        }

        return new StorageKeyPage(keys, null);
    }

    private void Change(string key, bool present)
    {
        lock (_gate)
        {
            if (_changesWhileBuilding is { } changes)
            {
                changes.Add((key, present));
                return;
            }

            Apply(Entry.Of(key), present);
        }
    }

    private void Apply(Entry entry, bool present)
    {
        var at = _entries.BinarySearch(entry);
        if (present && at < 0)
        {
            _entries.Insert(~at, entry);
        }
        else if (!present && at >= 0)
        {
            _entries.RemoveAt(at);
        }
    }

    private readonly record struct Entry(string Name, string Key) : IComparable<Entry>
    {
        public static Entry Of(string key) => new(StorageKeyOrder.SortName(key), key);

        public int CompareTo(Entry other)
        {
            var byName = string.CompareOrdinal(Name, other.Name);
            return byName != 0 ? byName : string.CompareOrdinal(Key, other.Key);
        }
    }
}
