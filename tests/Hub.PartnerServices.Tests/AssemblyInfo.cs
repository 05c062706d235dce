// The adapter hosts share MassTransit's static log context, and the delivery tests compress time:
// one test at a time keeps both honest on a loaded machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
