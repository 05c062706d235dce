namespace Hub.JobMatching.Matching;

/// <summary>Keeps the best <c>capacity</c> items seen, in a binary heap with the worst kept item on top.</summary>
internal sealed class TopN<T>(int capacity, IComparer<T> betterFirst)
{
    private readonly T[] heap = new T[Math.Max(0, capacity)];
    private int count;

    /// <summary>Whether <paramref name="item"/> would be kept: there is room, or it beats the worst kept item.</summary>
    public bool WouldKeep(in T item) =>
        count < heap.Length || (heap.Length > 0 && betterFirst.Compare(item, heap[0]) < 0);

    /// <summary>The worst kept item, once the list is full: what a newcomer has to beat.</summary>
    public bool TryGetWorstWhenFull(out T worst)
    {
        worst = count == heap.Length && count > 0 ? heap[0] : default!;
        return count == heap.Length && count > 0;
    }

    /// <summary>Adds an item that <see cref="WouldKeep"/> accepted.</summary>
    public void Add(in T item)
    {
        if (count < heap.Length)
        {
            heap[count] = item;
            SiftUp(count++);
        }
        else
        {
            heap[0] = item;
            SiftDown(0);
        }
    }

    /// <summary>The kept items, best first.</summary>
    public T[] ToSortedArray()
    {
        var items = heap[..count];
        Array.Sort(items, betterFirst);
        return items;
    }

    // The heap's root is its worst item: a parent is never better than its children.
    private bool Worse(int a, int b) => betterFirst.Compare(heap[a], heap[b]) > 0;

    private void SiftUp(int i)
    {
        while (i > 0 && Worse(i, (i - 1) / 2))
        {
            (heap[i], heap[(i - 1) / 2]) = (heap[(i - 1) / 2], heap[i]);
            i = (i - 1) / 2;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            if (left < count && Worse(left, worst))
            {
                worst = left;
            }
            if (left + 1 < count && Worse(left + 1, worst))
            {
                worst = left + 1;
            }
            if (worst == i)
            {
                return;
            }
            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }
}
