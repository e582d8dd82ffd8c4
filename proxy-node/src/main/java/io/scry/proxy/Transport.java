package io.scry.proxy;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/** The socket transport: native epoll where it loads (Linux x86-64), NIO otherwise. */
record Transport(
    String name,
    Class<? extends ServerSocketChannel> serverChannel,
    Class<? extends SocketChannel> channel) {

  static Transport best() {
    if (Epoll.isAvailable() && !Boolean.getBoolean("scry.proxy.nio")) {
      return new Transport("epoll", EpollServerSocketChannel.class, EpollSocketChannel.class);
    }
    return new Transport("nio", NioServerSocketChannel.class, NioSocketChannel.class);
  }

  EventLoopGroup group(int threads, String threadName) {
    DefaultThreadFactory factory = new DefaultThreadFactory(threadName, true);
    return name.equals("epoll")
        ? new EpollEventLoopGroup(threads, factory)
        : new NioEventLoopGroup(threads, factory);
  }
}
