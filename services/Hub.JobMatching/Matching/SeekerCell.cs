namespace Hub.JobMatching.Matching;

/// <summary>The seekers of one grid cell, as an array of slots; order does not matter, the ranking's order is total.</summary>
internal sealed class SeekerCell
{
    private SeekerSlot[] slots = new SeekerSlot[4];

    public int Count { get; private set; }

    public ReadOnlySpan<SeekerSlot> Slots => slots.AsSpan(0, Count);

    public void Add(SeekerEntry seeker)
    {
        if (Count == slots.Length)
        {
            Array.Resize(ref slots, slots.Length * 2);
        }
        slots[Count++] = new SeekerSlot(seeker);
    }

    public void Remove(SeekerEntry seeker)
    {
        for (var i = 0; i < Count; i++)
        {
            if (ReferenceEquals(slots[i].Seeker, seeker))
            {
                slots[i] = slots[--Count];
                slots[Count] = default;
                return;
            }
        }
    }
}
