package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaitQueueTest {
    private final FarmState state = new FarmState(new EventDispatcher());
    private final WaitQueue queue = new WaitQueue();

    WaitQueueTest() {
        state.putHost(Farms.host("s1", "perf", "x86"));
        state.putHost(Farms.host("s2", "perf", "x86"));
        state.putHost(Farms.host("s3", "perf", "arm"));
    }

    @Test
    void shouldPromiseAFreeHostToTheOldestWaiterThatWantsIt() {
        WaitQueue.Waiter wantsS1 = queue.enqueue(HostSelector.named("s1"));
        WaitQueue.Waiter anyX86 = queue.enqueue(HostSelector.withLabel("x86"));
        WaitQueue.Waiter alsoX86 = queue.enqueue(HostSelector.withLabel("x86"));

        assertThat(queue.pick(wantsS1, state)).contains("s1");
        assertThat(queue.pick(anyX86, state)).as("s1 is promised, s2 is next").contains("s2");
        assertThat(queue.pick(alsoX86, state)).as("both x86 hosts are promised").isEmpty();
        assertThat(queue.pick(new WaitQueue.Waiter(HostSelector.withLabel("x86")), state)).isEmpty();
        assertThat(queue.pick(new WaitQueue.Waiter(HostSelector.withLabel("arm")), state)).contains("s3");
    }

    @Test
    void shouldLetALaterWaiterTakeAHostNoEarlierWaiterCanUse() {
        state.lock(LockRequest.manual("t", "o"), List.of("s1"), Instant.EPOCH);
        WaitQueue.Waiter wantsS1 = queue.enqueue(HostSelector.named("s1"));
        WaitQueue.Waiter anyX86 = queue.enqueue(HostSelector.withLabel("x86"));

        assertThat(queue.pick(wantsS1, state)).isEmpty();
        assertThat(queue.pick(anyX86, state)).contains("s2");
    }

    @Test
    void shouldReleaseThePromiseWhenAWaiterLeaves() {
        WaitQueue.Waiter first = queue.enqueue(HostSelector.named("s2"));
        WaitQueue.Waiter second = queue.enqueue(HostSelector.named("s2"));
        assertThat(queue.pick(second, state)).isEmpty();

        queue.remove(first);

        assertThat(queue.pick(second, state)).contains("s2");
        assertThat(queue.size()).isEqualTo(1);
    }
}
