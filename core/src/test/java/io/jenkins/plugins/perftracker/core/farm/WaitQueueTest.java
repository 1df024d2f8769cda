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
        WaitQueue.Waiter wantsS1 = queue.enqueue(HostSelector.named("s1"), Farms.T0);
        WaitQueue.Waiter anyX86 = queue.enqueue(HostSelector.withLabel("x86"), Farms.T0);
        WaitQueue.Waiter alsoX86 = queue.enqueue(HostSelector.withLabel("x86"), Farms.T0);

        assertThat(queue.pick(wantsS1, state)).contains(List.of("s1"));
        assertThat(queue.pick(anyX86, state)).as("s1 is promised, s2 is next").contains(List.of("s2"));
        assertThat(queue.pick(alsoX86, state)).as("both x86 hosts are promised").isEmpty();
        assertThat(queue.pick(new WaitQueue().enqueue(HostSelector.withLabel("x86"), Farms.T0), state)).isEmpty();
        assertThat(queue.pick(new WaitQueue().enqueue(HostSelector.withLabel("arm"), Farms.T0), state)).contains(List.of("s3"));
    }

    @Test
    void shouldLetALaterWaiterTakeAHostNoEarlierWaiterCanUse() {
        state.lock(LockRequest.manual("t", "o"), List.of("s1"), Instant.EPOCH);
        WaitQueue.Waiter wantsS1 = queue.enqueue(HostSelector.named("s1"), Farms.T0);
        WaitQueue.Waiter anyX86 = queue.enqueue(HostSelector.withLabel("x86"), Farms.T0);

        assertThat(queue.pick(wantsS1, state)).isEmpty();
        assertThat(queue.pick(anyX86, state)).contains(List.of("s2"));
    }

    @Test
    void shouldReleaseThePromiseWhenAWaiterLeaves() {
        WaitQueue.Waiter first = queue.enqueue(HostSelector.named("s2"), Farms.T0);
        WaitQueue.Waiter second = queue.enqueue(HostSelector.named("s2"), Farms.T0);
        assertThat(queue.pick(second, state)).isEmpty();

        queue.remove(first);

        assertThat(queue.pick(second, state)).contains(List.of("s2"));
        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void shouldLetAnEarlierRequestForTwoHostsClaimWhatIsFreeSoItIsNotStarved() {
        state.lock(LockRequest.manual("t", "o"), List.of("s1"), Instant.EPOCH);
        WaitQueue.Waiter twoX86 = queue.enqueue(HostDemand.of(HostSelector.withLabel("x86"), 2), Farms.T0,
                LockRequest.automatic("big", "ci"), lock -> { });
        WaitQueue.Waiter oneX86 = queue.enqueue(HostSelector.withLabel("x86"), Farms.T0);

        assertThat(queue.pick(twoX86, state)).as("only s2 is free").isEmpty();
        assertThat(queue.pick(oneX86, state)).as("s2 is claimed by the earlier request").isEmpty();
        state.unlock(1, Instant.EPOCH);
        assertThat(queue.pick(twoX86, state)).contains(List.of("s1", "s2"));
    }

    @Test
    void shouldKeepTheOriginalPlaceOfARequestQueuedAgainAfterARestart() {
        WaitQueue.Waiter newcomer = queue.enqueue(HostSelector.named("s1"), Farms.T0);
        WaitQueue.Waiter resumed = queue.enqueue(HostDemand.hosts(List.of("s1")), Farms.T0.minusSeconds(600),
                LockRequest.automatic("resumed", "ci"), lock -> { });

        assertThat(queue.position(resumed)).isEqualTo(1);
        assertThat(queue.pick(resumed, state)).contains(List.of("s1"));
        assertThat(queue.pick(newcomer, state)).isEmpty();
    }
}
