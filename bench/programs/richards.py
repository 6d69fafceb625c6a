"""Richards-style OS scheduler: task control blocks, packets, a scheduler and task classes.

Classes with __init__ and methods, single inheritance with overridden methods, and many
attribute reads and writes on instances whose attributes are all set in __init__.
"""

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1

DATA_SIZE = 4
ITERATIONS = 7


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Put this packet at the end of the queue starting at `queue`; return the head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        nxt = last.link
        while nxt is not None:
            last = nxt
            nxt = last.link
        last.link = self
        return queue


class TaskState:
    """Three flags: a packet is waiting, the task is waiting, the task is held."""

    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def set_packet_pending(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def set_waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False

    def set_running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False

    def set_waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False

    def is_held_or_suspended(self):
        return self.task_holding or ((not self.packet_pending) and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    """The shared state: the task table, the list of tasks and the counters."""

    def __init__(self):
        self.table = [None] * TASK_COUNT
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.queue_count = 0
        self.switch_count = 0

    def find(self, ident):
        task = self.table[ident]
        if task is None:
            raise ValueError("no task " + str(ident))
        return task

    def hold_self(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link

    def release(self, ident):
        task = self.find(ident)
        task.task_holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def wait(self):
        self.current.task_waiting = True
        return self.current

    def queue_packet(self, packet):
        task = self.find(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return task.add_packet(packet, self.current)

    def run(self):
        task = self.task_list
        while task is not None:
            if task.is_held_or_suspended():
                task = task.link
            else:
                self.current = task
                self.current_id = task.ident
                self.switch_count += 1
                task = task.run_task()


class Task(TaskState):
    def __init__(self, sched, ident, priority, queue):
        TaskState.__init__(self)
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.link = sched.task_list
        if queue is None:
            self.set_waiting()
        else:
            self.set_waiting_with_packet()
        sched.task_list = self
        sched.table[ident] = self

    def add_packet(self, packet, old_task):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > old_task.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return old_task

    def run_task(self):
        if self.is_waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            if self.queue is None:
                self.set_running()
            else:
                self.set_packet_pending()
        else:
            packet = None
        return self.step(packet)

    def step(self, packet):
        raise NotImplementedError("step")


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, count):
        Task.__init__(self, sched, ident, priority, queue)
        self.set_running()
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control = self.control // 2
            return self.sched.release(ID_DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.sched.release(ID_DEVICE_B)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.destination = ID_HANDLER_A
        self.count = 0
        self.handled = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait()
        if self.destination == ID_HANDLER_A:
            self.destination = ID_HANDLER_B
        else:
            self.destination = ID_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        i = 0
        while i < DATA_SIZE:
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
            i += 1
        self.handled += 1
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.work_in = None
        self.device_in = None
        self.checksum = 0

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < DATA_SIZE:
                device = self.device_in
                if device is not None:
                    self.device_in = device.link
                    device.datum = work.data[count]
                    self.checksum = (self.checksum * 31 + device.datum) % 1000003
                    work.datum = count + 1
                    return self.sched.queue_packet(device)
            else:
                self.work_in = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue)
        self.pending = None
        self.written = 0

    def step(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.queue_packet(pending)
        self.pending = packet
        self.written += 1
        return self.sched.hold_self()


def run_once(idle_count):
    sched = Scheduler()
    IdleTask(sched, ID_IDLE, 1, None, idle_count)

    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    worker = WorkTask(sched, ID_WORKER, 1000, queue)

    queue = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    handler_a = HandlerTask(sched, ID_HANDLER_A, 2000, queue)

    queue = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    handler_b = HandlerTask(sched, ID_HANDLER_B, 3000, queue)

    device_a = DeviceTask(sched, ID_DEVICE_A, 4000, None)
    device_b = DeviceTask(sched, ID_DEVICE_B, 5000, None)

    sched.run()
    checksum = (handler_a.checksum * 7 + handler_b.checksum) % 1000003
    return (sched.queue_count, sched.hold_count, sched.switch_count, worker.handled,
            device_a.written + device_b.written, checksum)


totals = [0, 0, 0, 0, 0, 0]
first = None
for iteration in range(ITERATIONS):
    result = run_once(10000)
    if first is None:
        first = result
    elif result != first:
        raise SystemExit("run " + str(iteration) + " differs: " + str(result))
    for k in range(len(totals)):
        totals[k] += result[k]

print("queued", first[0], "held", first[1])
print("switches", first[2], "work packets", first[3], "device writes", first[4])
print("checksum", first[5])
print("totals", totals)
