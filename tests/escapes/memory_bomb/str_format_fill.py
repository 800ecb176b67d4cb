# kind 4: a memory bomb: '{:x<1000000000}'.format('a')
'{:x<1000000000}'.format('a')
